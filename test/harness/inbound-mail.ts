import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { ReceivedEmail } from '../../functions/core/inbound/inbound-email';
import type { LocalStack } from '../../local/stack';
import { ADMIN, graphql, mailTo, waitFor, type StoredEmail } from './local-stack';

// Email to the platform as people send it: built as a mail client builds it, handed to the
// stack as its SMTP server or SES receipt rule would (LocalStack.receiveEmail).

/** What the local SES keeps of an email besides the harness's fields: the Reply-To it was sent with. */
export type SentEmail = StoredEmail & { replyTo?: string[] };

const ALL_PASS: ReceivedEmail['verdicts'] = { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' };

/**
 * Sends a raw message to the stack's SMTP server, as a mail server delivers it; resolves once
 * the server said 250 (after the intake), rejects with its refusal (e.g. 552 for too large).
 */
export async function sendOverSmtp(stack: LocalStack, raw: Uint8Array, envelope: { from: string; to: string[] }): Promise<void> {
  const { hostname, port } = new URL(stack.urls.smtp!);
  const transport = createTransport({ host: hostname, port: Number(port), secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope, raw: Buffer.from(raw) });
  } finally {
    transport.close();
  }
}

/** The first email the platform sent to `address` (the acknowledgement), once the workflow has sent it. */
export function firstEmailTo(stack: LocalStack, address: string): Promise<SentEmail> {
  return waitFor('an email to the complainant', async () => (await mailTo(stack, address))[0] as SentEmail | undefined);
}

/**
 * A reply to one of the platform's emails as a mail client writes it: to its Reply-To (which
 * carries the complaint's reply token), "Re:" and its subject, the original quoted below.
 * Returns the reply's subject, which finds it among the received email.
 */
export async function replyTo(
  stack: LocalStack,
  notice: SentEmail,
  options: { from: string; text: string; html?: string; verdicts?: ReceivedEmail['verdicts']; overSmtp?: boolean },
): Promise<string> {
  const to = notice.replyTo?.[0];
  if (!to) throw new Error('the platform’s email has no Reply-To: replies could not reach their complaint');
  const subject = `Re: ${notice.subject}`;
  const quoted = (notice.body.text ?? '').split('\n').map((line) => `> ${line}`).join('\n');
  const raw = await new MailComposer({ from: options.from, to, subject, text: `${options.text}\n\n${quoted}\n`, html: options.html }).compile().build();
  if (options.overSmtp) await sendOverSmtp(stack, raw, { from: options.from, to: [to] });
  else await stack.receiveEmail({ raw, envelope: { from: options.from, to: [to] }, receivedAt: new Date().toISOString(), verdicts: options.verdicts ?? ALL_PASS });
  return subject;
}

/** Waits until the intake has recorded the email with this subject in `state` (an API state); its id. */
export function recorded(stack: LocalStack, subject: string, state: string): Promise<string> {
  return waitFor(`the email “${subject}” ${state}`, async () => {
    const listed = await graphql<{ inboundEmails: { nodes: Array<{ id: string; subject: string | null }> } }>(
      stack,
      'query($state: InboundEmailState) { inboundEmails(state: $state, first: 100) { nodes { id subject } } }',
      { state },
      ADMIN,
    );
    return listed.data?.inboundEmails.nodes.find((e) => e.subject === subject)?.id;
  });
}
