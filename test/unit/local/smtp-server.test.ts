import { createConnection } from 'node:net';
import { createTransport } from 'nodemailer';
import type { ReceivedEmail } from '../../../functions/core/inbound/inbound-email';
import type { Logger } from '../../../functions/core/logger';
import { startSmtpServer, type LocalSmtpServer } from '../../../local/smtp-server';
import { FakeClock } from '../../harness/fake-clock';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The transport's own carrier, as a test sees it: what `receive` was given, and a switch to make it fail. */
async function server(options: { maxBytes?: number } = {}) {
  const received: ReceivedEmail[] = [];
  let failing = false;
  const clock = new FakeClock('2026-03-01T09:30:00.000Z');
  const smtp = await startSmtpServer({
    port: 0,
    domain: 'inbound.example.org',
    clock,
    logger: silent,
    maxBytes: options.maxBytes,
    receive: async (email) => {
      if (failing) throw new Error('intake down');
      received.push(email);
    },
  });
  const port = Number(new URL(smtp.url).port);
  const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  return { smtp, received, clock, transport, failWith: (on: boolean) => (failing = on) };
}

let running: LocalSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop()));
  running = [];
});

async function started(options?: { maxBytes?: number }) {
  const s = await server(options);
  running.push(s.smtp);
  return s;
}

describe('the local SMTP server', () => {
  it('listens on the loopback address and says where', async () => {
    const { smtp } = await started();
    expect(smtp.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
  });

  it('hands the raw message with its envelope and the clock’s time to the intake, then answers 250', async () => {
    const { transport, received } = await started();
    const info = await transport.sendMail({
      envelope: { from: 'bounce-path@example.com', to: ['complaints@inbound.example.org'] },
      from: 'Li Wei <li.wei@example.com>',
      to: 'complaints@inbound.example.org',
      subject: '退款问题',
      text: '我的退款还没有到账。',
    });
    expect(info.response).toMatch(/^250/);
    expect(received).toHaveLength(1);
    const email = received[0];
    expect(email.envelope).toEqual({ from: 'bounce-path@example.com', to: ['complaints@inbound.example.org'] });
    expect(email.receivedAt).toBe('2026-03-01T09:30:00.000Z');
    const raw = Buffer.from(email.raw).toString('utf8');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toContain('From: Li Wei <li.wei@example.com>');
  });

  it('takes any recipient at the inbound domain, whatever the case', async () => {
    const { transport, received } = await started();
    await transport.sendMail({ from: 'a@example.com', to: 'Reply+Token123@INBOUND.example.org', text: 'hello' });
    expect(received[0].envelope.to).toEqual([expect.stringMatching(/^Reply\+Token123@inbound\.example\.org$/i)]);
  });

  it('refuses a recipient at another domain with a 550 and hands nothing over', async () => {
    const { transport, received } = await started();
    await expect(transport.sendMail({ from: 'a@example.com', to: 'someone@example.net', text: 'hello' })).rejects.toMatchObject({ responseCode: 550 });
    expect(received).toEqual([]);
  });

  it('announces its SIZE limit and refuses a bigger message with a 552', async () => {
    const { smtp, transport, received } = await started({ maxBytes: 2048 });
    expect(await ehlo(smtp.url)).toMatch(/250[- ]SIZE 2048/);
    await expect(transport.sendMail({ from: 'a@example.com', to: 'complaints@inbound.example.org', text: 'x'.repeat(5000) })).rejects.toMatchObject({ responseCode: 552 });
    expect(received).toEqual([]);
  });

  it('answers 451 when the intake fails, so the sender keeps the message and tries again', async () => {
    const { transport, received, failWith } = await started();
    failWith(true);
    await expect(transport.sendMail({ from: 'a@example.com', to: 'complaints@inbound.example.org', text: 'first try' })).rejects.toMatchObject({ responseCode: 451 });
    failWith(false);
    await transport.sendMail({ from: 'a@example.com', to: 'complaints@inbound.example.org', text: 'first try' });
    expect(received).toHaveLength(1);
  });

  it('stops with a client still connected, and then takes no connection', async () => {
    const { smtp } = await started();
    const url = new URL(smtp.url);
    const idle = createConnection(Number(url.port), url.hostname);
    await new Promise((resolve) => idle.once('data', resolve));
    await smtp.stop();
    await new Promise((resolve) => (idle.closed ? resolve(undefined) : idle.once('close', resolve)));
    await expect(ehlo(smtp.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

/** The server's answer to EHLO, read over a plain socket. */
function ehlo(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = createConnection(Number(port), hostname);
    let text = '';
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      text += chunk.toString();
      if (text.startsWith('220') && !text.includes('EHLO sent')) {
        text = 'EHLO sent\n';
        socket.write('EHLO test\r\n');
      } else if (/^250 /m.test(text)) {
        socket.end('QUIT\r\n');
        resolve(text);
      }
    });
  });
}
