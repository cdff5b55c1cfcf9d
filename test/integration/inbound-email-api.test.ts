import { createHash } from 'node:crypto';
import type { LocalStack } from '../../local/stack';
import { systemClock } from '../../functions/core/clock';
import { fileStore } from '../../functions/wiring/files';
import type { InboundEmailRecord } from '../../functions/core/inbound/inbound-email';
import { ADMIN, asStaff, graphql, mailTo, startTestStack, SUBMIT, waitFor } from '../harness/local-stack';
import { inboundEmailStore, replyAddressesOf } from '../../functions/wiring/inbound';
import { sampleSubmission } from '../harness/sample';

/**
 * What staff see of inbound email through the API. The records are written by the table's
 * own store, as the intake of email leaves them; the intake itself (which needs the MIME
 * parser) is tested through stack.receiveEmail once the parser is wired in.
 */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const LIST = `query List($state: InboundEmailState, $first: Int, $after: String) {
  inboundEmails(state: $state, first: $first, after: $after) {
    nodes { id state reason from subject authenticationFailed verdicts { spf dkim dmarc } size attempts text complaint { reference channel complainantEmailUndeliverable } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const record = (n: number, overrides: Partial<InboundEmailRecord>): InboundEmailRecord => ({
  id: `${n}`.padStart(64, 'a'),
  organizationId: 'default',
  receivedAt: `2026-12-0${n}T08:00:00.000Z`,
  state: 'UNMATCHED',
  reason: 'UNKNOWN_SENDER',
  from: `sender${n}@example.com`,
  subject: `Subject ${n}`,
  authenticationFailed: false,
  rawKey: `inbound/${n}.eml`,
  size: 1000 + n,
  attempts: 1,
  updatedAt: `2026-12-0${n}T08:00:01.000Z`,
  ...overrides,
});

describe('replies to the emails the platform sends', () => {
  it("sends the acknowledgement with the complaint's reply address as its Reply-To, and says a reply joins the complaint", async () => {
    const input = sampleSubmission();
    const { reference } = (await graphql(stack, SUBMIT, { input })).data!.submitComplaint;
    const [ack] = await waitFor('the acknowledgement', async () => {
      const mails = await mailTo(stack, input.complainant.email!);
      return mails.length ? mails : undefined;
    });
    const addresses = replyAddressesOf(stack.config)!;
    expect(ack.replyTo).toEqual([await addresses.forComplaint(reference)]);
    expect(await addresses.recipient(ack.replyTo![0])).toEqual({ kind: 'REPLY', reference });
    expect(ack.body.text).toContain('您可以直接回复此邮件');
  });
});

describe('the files store, for bytes the platform receives', () => {
  it('keeps a raw message and an attachment with their SHA-256 checked, and reads them back whole', async () => {
    const files = fileStore(stack.config, systemClock)!;
    const raw = Buffer.from('From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n');
    await files.put('inbound/abc.eml', raw, 'message/rfc822');
    expect(Buffer.from((await files.get('inbound/abc.eml'))!)).toEqual(raw);
    expect(await files.head('inbound/abc.eml')).toEqual({ size: raw.length, sha256: createHash('sha256').update(raw).digest('hex') });
    expect(await files.get('inbound/missing.eml')).toBeNull();
  });
});

describe('inbound emails in the API', () => {
  it('lists the kept messages newest first, one state at a time, each with its complaint and verdicts', async () => {
    const submitted = (await graphql(stack, SUBMIT, { input: sampleSubmission({ channel: 'EMAIL' }) })).data!.submitComplaint;
    const store = inboundEmailStore(stack.config);
    await store.putNew(record(1, { state: 'NEW_COMPLAINT', reason: undefined, complaintId: submitted.complaint.id }));
    await store.putNew(record(2, { verdicts: { spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL' }, authenticationFailed: true }));
    await store.putNew(record(3, { state: 'AUTOMATIC', reason: 'AUTO_SUBMITTED' }));

    const all = (await graphql(stack, LIST, { first: 2 }, ADMIN)).data!.inboundEmails;
    expect(all.nodes.map((n: { subject: string }) => n.subject)).toEqual(['Subject 3', 'Subject 2']);
    expect(all.nodes[1]).toMatchObject({ state: 'UNMATCHED', reason: 'UNKNOWN_SENDER', from: 'sender2@example.com', authenticationFailed: true, verdicts: { spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL' }, complaint: null });
    const next = (await graphql(stack, LIST, { first: 2, after: all.pageInfo.endCursor }, ADMIN)).data!.inboundEmails;
    expect(next.nodes).toEqual([
      expect.objectContaining({ subject: 'Subject 1', state: 'NEW_COMPLAINT', complaint: { reference: submitted.reference, channel: 'EMAIL', complainantEmailUndeliverable: false } }),
    ]);

    const automatic = (await graphql(stack, LIST, { state: 'AUTOMATIC' }, ADMIN)).data!.inboundEmails;
    expect(automatic.nodes.map((n: { reason: string }) => n.reason)).toEqual(['AUTO_SUBMITTED']);
    expect((await graphql(stack, `{ inboundEmail(id: "${record(2, {}).id}") { from } }`, {}, asStaff('sup', 'SUPERVISOR'))).data).toEqual({ inboundEmail: { from: 'sender2@example.com' } });
  });

  it("erases a complainant's emails with their data: the bytes go, the sender and subject are erased", async () => {
    const files = fileStore(stack.config, systemClock)!;
    const email = `erase-${process.pid}@example.com`;
    const erased = record(7, { from: email, rawKey: `inbound/${'7'.padStart(64, 'a')}.eml` });
    await files.put(erased.rawKey!, Buffer.from('From: x\r\n\r\nbody'), 'message/rfc822');
    await inboundEmailStore(stack.config).putNew(erased);
    const res = await graphql(stack, 'mutation($email: String!) { eraseComplainantData(email: $email) { erasedComplaints } }', { email }, ADMIN);
    expect(res.errors).toBeUndefined();
    expect((await graphql(stack, `{ inboundEmail(id: "${erased.id}") { from subject size } }`, {}, ADMIN)).data).toEqual({ inboundEmail: { from: '[erased]', subject: '[erased]', size: erased.size } });
    expect(await files.get(erased.rawKey!)).toBeNull();
  });

  it('refuses handlers, and a page size outside 1 to 100', async () => {
    expect((await graphql(stack, LIST, {}, asStaff('h1', 'HANDLER'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graphql(stack, LIST, { first: 101 }, ADMIN)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
