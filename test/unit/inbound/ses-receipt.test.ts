import type { SESEvent, SESReceiptStatus } from 'aws-lambda';
import type { ReceivedEmail } from '../../../functions/core/inbound/inbound-email';
import { createSesReceiptHandler } from '../../../functions/inbound/ses-receipt';

const status = (s: SESReceiptStatus['status']): SESReceiptStatus => ({ status: s });

/** What SES's Lambda action passes: the envelope and the verdicts, not the message (the S3 action wrote it). */
function receiptEvent(source: string): SESEvent {
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: { timestamp: '2026-03-01T09:29:59.000Z', source, messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1', destination: ['complaints@inbound.example.org'], headersTruncated: false, headers: [], commonHeaders: { returnPath: source, date: 'Sun, 1 Mar 2026 09:29:58 +0000', messageId: '<m@example.com>' } },
          receipt: {
            timestamp: '2026-03-01T09:30:00.000Z',
            processingTimeMillis: 400,
            recipients: ['complaints@inbound.example.org'],
            spamVerdict: status('PASS'),
            virusVerdict: status('PASS'),
            spfVerdict: status('FAIL'),
            dkimVerdict: status('GRAY'),
            dmarcVerdict: status('DISABLED'),
            action: { type: 'Lambda', functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:inbound', invocationType: 'Event' },
          },
        },
      },
    ],
  };
}

describe('the SES receipt rule’s function', () => {
  it('reads the message the S3 action wrote and hands it to the intake with the envelope and SES’s verdicts', async () => {
    const stored = new TextEncoder().encode('From: li.wei@example.com\r\nSubject: hi\r\n\r\nhello\r\n');
    const read: string[] = [];
    const received: ReceivedEmail[] = [];
    const handler = createSesReceiptHandler({
      readObject: async (key) => {
        read.push(key);
        return stored;
      },
      receive: async (email) => received.push(email),
    });
    await handler(receiptEvent('li.wei@example.com'));
    expect(read).toEqual(['inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1']);
    expect(received).toEqual([
      {
        raw: stored,
        envelope: { from: 'li.wei@example.com', to: ['complaints@inbound.example.org'] },
        verdicts: { spf: 'FAIL', dkim: 'GRAY', dmarc: 'NONE', spam: 'PASS', virus: 'PASS' },
        receivedAt: '2026-03-01T09:30:00.000Z',
      },
    ]);
  });

  it('gives a bounce (null sender) no envelope sender', async () => {
    const received: ReceivedEmail[] = [];
    await createSesReceiptHandler({ readObject: async () => new Uint8Array(), receive: async (email) => received.push(email) })(receiptEvent(''));
    expect(received[0].envelope.from).toBeUndefined();
  });

  it('fails when the intake fails, so Lambda tries the event again', async () => {
    const handler = createSesReceiptHandler({ readObject: async () => new Uint8Array(), receive: async () => Promise.reject(new Error('table unavailable')) });
    await expect(handler(receiptEvent('a@example.com'))).rejects.toThrow('table unavailable');
  });
});
