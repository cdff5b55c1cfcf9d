import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { LocalStack } from '../../local/stack';
import { CORPUS, SENTENCES } from '../fixtures/email/corpus';
import { firstEmailTo, replyTo, sendOverSmtp, type SentEmail } from '../harness/inbound-mail';
import { ADMIN, asStaff, graphql, mailTo, startTestStack, waitFor } from '../harness/local-stack';

// Email into the local stack as a mail server delivers it: over SMTP to the printed address,
// through the same intake the SES receipt function calls in the cloud.
jest.setTimeout(180_000);

let stack: LocalStack;
let inboundAddress: string;

beforeAll(async () => {
  stack = await startTestStack();
  inboundAddress = stack.config.inboundAddress!;
  const { data } = await graphql(stack, '{ organizationSettings { version } }', {}, ADMIN);
  const saved = await graphql(
    stack,
    'mutation($v: Int!) { updateOrganizationSettings(input: { expectedVersion: $v, staff: [{ id: "h1", name: "Han Mei", email: "han.mei@example.org" }] }) { version } }',
    { v: data?.organizationSettings.version },
    ADMIN,
  );
  expect(saved.errors).toBeUndefined();
});

interface Received {
  state: string;
  reason: string | null;
  complaint: { id: string; reference: string; channel: string; status: string; facts: string; version: number } | null;
}

/** What the intake made of the messages from one sender, newest first. */
async function receivedFrom(sender: string): Promise<Received[]> {
  const { data } = await graphql<{ inboundEmails: { nodes: Array<Received & { from: string | null }> } }>(
    stack,
    '{ inboundEmails(first: 100) { nodes { from state reason complaint { id reference channel status facts version } } } }',
    {},
    ADMIN,
  );
  return data!.inboundEmails.nodes.filter((n) => n.from === sender);
}

const HANDLER = asStaff('h1', 'HANDLER');

async function staffStep(id: string, mutation: string, args = '') {
  const { data } = await graphql(stack, `{ complaint(id: "${id}") { version } }`, {}, ADMIN);
  const result = await graphql(stack, `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${args}) { status } }`, { id, v: data!.complaint.version }, mutation === 'assignComplaint' ? ADMIN : HANDLER);
  expect(result.errors).toBeUndefined();
}

async function complaintOf(id: string) {
  const { data } = await graphql(stack, `{ complaint(id: "${id}") { status channel entries { kind text author { kind } } } }`, {}, ADMIN);
  return data!.complaint as { status: string; channel: string; entries: Array<{ kind: string; text: string; author: { kind: string } }> };
}

/** The platform's email to the complainant whose subject matches, once sent. */
const emailAbout = (address: string, subject: RegExp) =>
  waitFor(`an email “${subject.source}”`, async () => ((await mailTo(stack, address)) as SentEmail[]).find((m) => subject.test(m.subject)));

describe('the local SMTP server', () => {
  it('takes a GBK-encoded Chinese complaint: the complaint reads correctly, is acknowledged, and a reply to the acknowledgement joins it', async () => {
    // Built with iconv-lite as Chinese clients send it: GBK, quoted-printable, with a four-byte GB18030 character.
    const gbk = CORPUS['gbk-quoted-printable.eml'];
    const sender = gbk.from!;
    await sendOverSmtp(stack, readFileSync(join(__dirname, '../fixtures/email/gbk-quoted-printable.eml')), { from: gbk.envelopeFrom, to: [inboundAddress] });

    const [made] = await receivedFrom(sender);
    expect(made.state).toBe('NEW_COMPLAINT');
    expect(made.complaint!.channel).toBe('EMAIL');
    expect(made.complaint!.facts).toContain(SENTENCES.gbkQp);

    const ack = await firstEmailTo(stack, sender);
    expect(ack.subject).toContain(made.complaint!.reference);
    expect(ack.replyTo?.[0]).toMatch(/\+/);

    await replyTo(stack, ack, { from: sender, text: '补充一下：报修单号 BX-2026-1120。', overSmtp: true });
    const [reply] = await receivedFrom(sender);
    expect(reply.state).toBe('JOINED_COMPLAINT');
    expect(reply.complaint!.id).toBe(made.complaint!.id);
    const entries = (await complaintOf(made.complaint!.id)).entries;
    const message = entries.find((e) => e.kind === 'COMPLAINANT_MESSAGE');
    // Only what the reply newly says: the quoted acknowledgement is cut off.
    expect(message?.text).toBe('补充一下：报修单号 BX-2026-1120。');
  });

  it('takes a complaint by email only: acknowledged, a request for information answered by email, a final response, and the dissatisfied reply reaches the case', async () => {
    const sender = 'email.only@example.cn';
    const raw = await new MailComposer({ from: `李雷 <${sender}>`, to: inboundAddress, subject: '快递丢件投诉', text: '我在 12 月 1 日寄出的快递显示已签收，但收件人没有收到。请核实并赔偿。' }).compile().build();
    await sendOverSmtp(stack, raw, { from: sender, to: [inboundAddress] });
    const complaint = (await receivedFrom(sender))[0].complaint!;
    await firstEmailTo(stack, sender);

    await staffStep(complaint.id, 'acceptComplaint');
    await staffStep(complaint.id, 'assignComplaint', ', handlerId: "h1"');
    await staffStep(complaint.id, 'startInvestigation');
    await staffStep(complaint.id, 'requestInformation', ', question: "请提供快递单号。"');
    const request = await emailAbout(sender, /补充/);
    await replyTo(stack, request, { from: sender, text: '快递单号是 SF1234567890。', overSmtp: true });
    await waitFor('the answer', async () => (await complaintOf(complaint.id)).status === 'INVESTIGATING');
    const answered = await complaintOf(complaint.id);
    expect(answered.entries.find((e) => e.kind === 'INFORMATION_RESPONSE')?.text).toBe('快递单号是 SF1234567890。');

    await staffStep(
      complaint.id,
      'resolveComplaint',
      ', response: { outcome: PARTLY_UPHELD, reasons: "快递公司确认丢件。", remedies: [REFUND], followUpMeasures: "加强签收核验。", rootCause: DELIVERY }',
    );
    const finalResponse = await emailAbout(sender, /^投诉处理结果/);
    await replyTo(stack, finalResponse, { from: sender, text: '我不满意，赔偿金额太低了。', overSmtp: true });
    const message = await waitFor('the dissatisfied reply', async () => (await complaintOf(complaint.id)).entries.find((e) => e.kind === 'COMPLAINANT_MESSAGE'));
    expect(message.text).toBe('我不满意，赔偿金额太低了。');
    expect(message.author.kind).toBe('COMPLAINANT');
    // The handler is told the complainant wrote.
    await waitFor('the handler’s notice', async () => (await mailTo(stack, 'han.mei@example.org')).length > 0);
  });

  it('makes every complaint of the corpus (Chinese charsets, HTML-only, attachments, forwarded, malformed headers) readable, and keeps what cannot be parsed', async () => {
    const dir = join(__dirname, '../fixtures/email');
    for (const [file, message] of Object.entries(CORPUS)) {
      if (message.automatic || message.inReplyTo || !message.from) continue;
      await sendOverSmtp(stack, readFileSync(join(dir, file)), { from: message.envelopeFrom, to: [inboundAddress] });
      // The sender's complaint (a sender of an earlier test may have replied since).
      const made = (await receivedFrom(message.from)).find((r) => r.state === 'NEW_COMPLAINT');
      expect({ file, made: made !== undefined }).toEqual({ file, made: true });
      for (const sentence of message.textContains ?? []) expect(made!.complaint!.facts).toContain(sentence);
    }
    const { data } = await graphql(stack, '{ inboundEmails(state: UNPROCESSED, first: 100) { nodes { reason } } }', {}, ADMIN);
    for (const [file, message] of Object.entries(CORPUS).filter(([, m]) => m.unparseable)) {
      await sendOverSmtp(stack, readFileSync(join(dir, file)), { from: message.envelopeFrom, to: [inboundAddress] });
    }
    const after = await graphql(stack, '{ inboundEmails(state: UNPROCESSED, first: 100) { nodes { reason } } }', {}, ADMIN);
    expect(after.data!.inboundEmails.nodes.length - data!.inboundEmails.nodes.length).toBe(Object.values(CORPUS).filter((m) => m.unparseable).length);
  });

  it('keeps a reply from another address as unmatched: it never joins the complaint', async () => {
    const sender = 'owner.of.complaint@example.cn';
    const raw = await new MailComposer({ from: sender, to: inboundAddress, subject: '账单错误', text: '本月账单多扣了 50 元。' }).compile().build();
    await sendOverSmtp(stack, raw, { from: sender, to: [inboundAddress] });
    const ack = await firstEmailTo(stack, sender);
    await replyTo(stack, ack, { from: 'someone.else@example.cn', text: '我也遇到了。', overSmtp: true });
    const [other] = await receivedFrom('someone.else@example.cn');
    expect(other).toMatchObject({ state: 'UNMATCHED', reason: 'UNKNOWN_SENDER', complaint: null });
  });

  it('never answers an auto-reply or makes it a complaint, so no mail loop starts', async () => {
    for (const file of ['ooo-outlook.eml', 'auto-submitted.eml', 'precedence-bulk.eml', 'bounce-dsn.eml']) {
      const message = CORPUS[file];
      await sendOverSmtp(stack, readFileSync(join(__dirname, '../fixtures/email', file)), { from: message.envelopeFrom, to: [inboundAddress] });
      if (message.from) expect((await receivedFrom(message.from))[0]).toMatchObject({ state: 'AUTOMATIC', complaint: null });
    }
    await new Promise((r) => setTimeout(r, 1_000));
    for (const file of ['ooo-outlook.eml', 'auto-submitted.eml', 'precedence-bulk.eml']) expect(await mailTo(stack, CORPUS[file].from!)).toEqual([]);
  });

  it('throttles a sender flooding the address: the messages are kept, only the first ten make complaints', async () => {
    const sender = 'flood@example.cn';
    for (let i = 0; i < 12; i += 1) {
      const raw = await new MailComposer({ from: sender, to: inboundAddress, subject: `投诉 ${i}`, text: `第 ${i} 封投诉。` }).compile().build();
      await sendOverSmtp(stack, raw, { from: sender, to: [inboundAddress] });
    }
    const states = (await receivedFrom(sender)).map((r) => r.state);
    expect(states.filter((s) => s === 'NEW_COMPLAINT')).toHaveLength(10);
    expect(states.filter((s) => s === 'THROTTLED')).toHaveLength(2);
  });

  it('refuses an oversized message at the SMTP level', async () => {
    const raw = await new MailComposer({ from: 'big@example.cn', to: inboundAddress, subject: '附件', text: '见附件', attachments: [{ filename: 'scan.pdf', content: Buffer.alloc(11 * 1024 * 1024, 1) }] })
      .compile()
      .build();
    await expect(sendOverSmtp(stack, raw, { from: 'big@example.cn', to: [inboundAddress] })).rejects.toThrow(/552|size/i);
    expect(await receivedFrom('big@example.cn')).toEqual([]);
  });

  it('goes with the stack: nothing listens on its port after stop', async () => {
    const own = await startTestStack();
    const { hostname, port } = new URL(own.urls.smtp!);
    await own.stop();
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(Number(port), hostname);
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    expect(open).toBe(false);
  });
});
