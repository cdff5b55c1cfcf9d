import { createConnection } from 'node:net';
import { createTransport } from 'nodemailer';
import type { ReceivedEmail } from '../../functions/core/inbound/inbound-email';
import { startTestStack } from '../harness/local-stack';

/** Whether something accepts connections at the URL's host and port. */
const listening = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection(Number(port), hostname);
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('the local stack’s SMTP server', () => {
  it('takes mail to the inbound domain for the intake it is given, and goes with the stack', async () => {
    const received: ReceivedEmail[] = [];
    const stack = await startTestStack({ smtpPort: 0, receiveEmail: async (email) => received.push(email) });
    const smtp = stack.urls.smtp!;
    try {
      expect(smtp).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      const transport = createTransport({ host: '127.0.0.1', port: Number(new URL(smtp).port), secure: false, ignoreTLS: true });
      await transport.sendMail({ from: 'li.wei@example.com', to: process.env.INBOUND_ADDRESS, subject: 'Refund', text: 'Still waiting for my refund.' });
      expect(received).toHaveLength(1);
      expect(received[0].envelope).toEqual({ from: 'li.wei@example.com', to: [process.env.INBOUND_ADDRESS] });
    } finally {
      await stack.stop();
    }
    expect(await listening(smtp)).toBe(false);
  }, 120_000);

  it('is not started without an intake to hand mail to', async () => {
    const stack = await startTestStack();
    try {
      expect(stack.urls.smtp).toBeUndefined();
    } finally {
      await stack.stop();
    }
  }, 120_000);
});
