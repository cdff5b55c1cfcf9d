import { createHash } from 'node:crypto';
import { SYSTEM } from '../../../functions/core/complaint';
import { eraseComplainantData } from '../../../functions/core/data-protection';
import { UnparseableEmail, type ParsedEmail, type ReceivedEmail } from '../../../functions/core/inbound/inbound-email';
import { EMAIL_CATEGORY, MAX_RAW_BYTES, receiveEmail, reprocessInboundEmail, type InboundEmailDependencies, type InboundMail } from '../../../functions/core/inbound/receive-email';
import { replyAddresses } from '../../../functions/core/inbound/reply-address';
import { performStep } from '../../../functions/core/lifecycle/service';
import { publicTimeline } from '../../../functions/core/public-timeline';
import * as steps from '../../../functions/core/lifecycle/steps';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryFileRecords, InMemoryFileStore } from '../../harness/in-memory-files';
import { InMemoryInboundEmailStore } from '../../harness/in-memory-inbound-emails';
import { InMemoryStore } from '../../harness/in-memory-store';
import { FixedKeyring } from '../../harness/fixed-keyring';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';
const INBOUND = 'complaints@example.org';

/** The fake parser reads a message written as JSON; "garbage" cannot be parsed. */
type Written = Omit<Partial<ParsedEmail>, 'from' | 'attachments'> & { from: string; name?: string; attachments?: Array<{ filename: string; contentType: string; content: string; inline: boolean }> };

const message = (m: Written): Uint8Array =>
  Buffer.from(JSON.stringify({ references: [], to: [{ address: INBOUND }], cc: [], subject: '', text: '', headers: {}, attachments: [], ...m, from: { address: m.from, name: m.name } }));

const fakeParser = {
  async parse(raw: Uint8Array): Promise<ParsedEmail> {
    const text = Buffer.from(raw).toString('utf8');
    if (!text.startsWith('{')) throw new UnparseableEmail('not a message');
    const parsed = JSON.parse(text) as Omit<ParsedEmail, 'attachments'> & { attachments: NonNullable<Written['attachments']> };
    return { ...parsed, attachments: parsed.attachments.map((a) => ({ ...a, content: Buffer.from(a.content) })) };
  },
};

const MAIL: InboundMail = {
  parser: fakeParser,
  automaticMessageReason: (parsed) => (parsed.headers['auto-submitted']?.some((v) => v !== 'no') ? 'AUTO_SUBMITTED' : null),
  newReplyText: (text) => text.split(/\n(?:>|-- \n)/)[0].trim(),
};

function setup() {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const files = new InMemoryFileStore();
  const inboundEmails = new InMemoryInboundEmailStore();
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  const deps: InboundEmailDependencies = {
    store,
    workflow: { start: async () => undefined },
    clock,
    settingsDefaults: DEFAULTS,
    logger: recordingLogger(),
    accessCodeKeys: FixedKeyring.of(SECRET),
    inboundEmails,
    files,
    fileRecords: new InMemoryFileRecords(store),
    mail: MAIL,
    addresses: replyAddresses(INBOUND, FixedKeyring.of(SECRET)),
    senderAddress: 'noreply@example.org',
  };
  const receive = (raw: Uint8Array, to = [INBOUND]): Promise<ReturnType<typeof receiveEmail> extends Promise<infer R> ? R : never> =>
    receiveEmail(deps, { raw, envelope: { from: 'bounce@example.net', to }, receivedAt: clock.now().toISOString() } satisfies ReceivedEmail);
  return { deps, store, files, inboundEmails, clock, receive };
}

type Setup = ReturnType<typeof setup>;

/** What the workflow would record: every queued email sent, with the provider's id. */
function markSent(s: Setup, id: string) {
  const record = s.store.records.get(id)!;
  record.notifications = record.notifications.map((n) => ({ ...n, state: 'SENT', messageId: `sent-${n.kind.toLowerCase()}` }));
}

/** A complaint made by email, then taken to INVESTIGATING by handler h1 (with the acknowledgement recorded as sent). */
async function investigatedComplaint(s: Setup, from = 'li.lei@example.com') {
  const made = await s.receive(message({ from, name: 'Li Lei', subject: 'Broken phone line', text: 'My line has been dead for two weeks.' }));
  const id = made.complaintId!;
  markSent(s, id);
  const act = (decide: Parameters<typeof performStep>[4]) => performStep(s.deps, id, s.store.records.get(id)!.complaint.version, { kind: 'STAFF', id: 'h1' }, decide);
  await act((c, ctx) => steps.accept(c, undefined, ctx));
  await act((c, ctx) => steps.assign(c, 'h1', 'mobile', ctx));
  await act((c, ctx) => steps.startInvestigation(c, ctx));
  return s.store.records.get(id)!.complaint;
}

describe('receiveEmail: a new complaint', () => {
  it('makes a complaint on the EMAIL channel from the sender, the subject and the text, with its acknowledgement queued', async () => {
    const s = setup();
    const record = await s.receive(message({ from: 'Li.Lei@Example.com', name: 'Li Lei', subject: 'Broken phone line', text: 'My line has been dead for two weeks.\n-- \nLi Lei, Shanghai' }));
    expect(record).toMatchObject({ state: 'NEW_COMPLAINT', from: 'li.lei@example.com', subject: 'Broken phone line', attempts: 1, rawKey: `inbound/${record.id}.eml` });
    const complaint = s.store.records.get(record.complaintId!)!;
    expect(complaint.complaint).toMatchObject({
      channel: 'EMAIL',
      status: 'RECEIVED',
      category: EMAIL_CATEGORY,
      facts: 'Broken phone line\n\nMy line has been dead for two weeks.',
      complainant: { name: 'Li Lei', email: 'li.lei@example.com', preferredLanguage: 'EN' },
      respondent: { name: '(not stated in the email; staff to complete)' },
    });
    expect(complaint.notifications.map((n) => n.kind)).toEqual(['ACKNOWLEDGEMENT']);
    const note = complaint.entries.find((e) => e.kind === 'INTERNAL_NOTE');
    expect(note).toMatchObject({ author: SYSTEM });
    expect(note?.text).toContain('respondent, category, remedyRequested');
    expect(s.files.objects.has(record.rawKey!)).toBe(true);
  });

  it('writes to a sender who wrote Chinese in Chinese, and names them by their address when they give no name', async () => {
    const s = setup();
    const record = await s.receive(message({ from: 'wang@example.cn', subject: '宽带故障', text: '家里宽带两周无法使用。' }));
    expect(s.store.records.get(record.complaintId!)!.complaint.complainant).toMatchObject({ name: 'wang', preferredLanguage: 'ZH_CN' });
  });

  it('makes one complaint of a message delivered twice', async () => {
    const s = setup();
    const raw = message({ from: 'li.lei@example.com', subject: 'Broken', text: 'Dead line.' });
    const first = await s.receive(raw);
    const second = await s.receive(raw);
    expect(second).toEqual(first);
    expect(s.store.records.size).toBe(1);
  });

  it('keeps attachments of accepted types as the complainant files and names the refused ones in the note', async () => {
    const s = setup();
    const attachments = [
      { filename: 'bill.pdf', contentType: 'application/pdf', content: '%PDF-1.4 bill', inline: false },
      { filename: 'run-me.exe', contentType: 'application/x-msdownload', content: 'MZ', inline: false },
    ];
    const record = await s.receive(message({ from: 'li.lei@example.com', subject: 'Overcharged', text: 'See the bill.', attachments }));
    const complaint = s.store.records.get(record.complaintId!)!;
    expect(complaint.files?.map((f) => [f.name, f.state, f.uploadedBy.kind, f.sharedWithComplainant])).toEqual([['bill.pdf', 'ATTACHED', 'COMPLAINANT', true]]);
    expect(s.files.objects.get(complaint.files![0].key)?.toString()).toBe('%PDF-1.4 bill');
    expect(complaint.entries.find((e) => e.kind === 'INTERNAL_NOTE')?.text).toContain('run-me.exe: type not accepted');
    expect(complaint.entries.filter((e) => e.kind === 'EVIDENCE').map((e) => e.author.kind)).toEqual(['COMPLAINANT']);
  });

  it('flags failed SPF, DKIM or DMARC verdicts but still takes the message in', async () => {
    const s = setup();
    const record = await receiveEmail(s.deps, {
      raw: message({ from: 'li.lei@example.com', subject: 'Broken', text: 'Dead line.' }),
      envelope: { to: [INBOUND] },
      verdicts: { spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL' },
      receivedAt: s.clock.now().toISOString(),
    });
    expect(record).toMatchObject({ state: 'NEW_COMPLAINT', authenticationFailed: true, verdicts: { dkim: 'FAIL' } });
  });
});

describe('receiveEmail: what never becomes a complaint', () => {
  it('keeps an auto-reply as AUTOMATIC and neither makes a complaint nor answers it', async () => {
    const s = setup();
    const record = await s.receive(message({ from: 'away@example.com', subject: 'Out of office', text: 'I am away.', headers: { 'auto-submitted': ['auto-replied'] } }));
    expect(record).toMatchObject({ state: 'AUTOMATIC', reason: 'AUTO_SUBMITTED' });
    expect(s.store.records.size).toBe(0);
  });

  it("takes a message from the platform's own addresses as automatic: no mail loop", async () => {
    const s = setup();
    expect(await s.receive(message({ from: 'noreply@example.org', text: 'x' }))).toMatchObject({ state: 'AUTOMATIC', reason: 'OWN_ADDRESS' });
    expect(await s.receive(message({ from: INBOUND, text: 'y' }))).toMatchObject({ state: 'AUTOMATIC', reason: 'OWN_ADDRESS' });
    expect(s.store.records.size).toBe(0);
  });

  it('throttles a sender past 10 messages in an hour, and takes them again the next hour', async () => {
    const s = setup();
    const states = [];
    for (let i = 0; i < 12; i += 1) states.push((await s.receive(message({ from: 'flood@example.com', subject: `Message ${i}`, text: `Text ${i}` }))).state);
    expect(states.filter((x) => x === 'NEW_COMPLAINT')).toHaveLength(10);
    expect(states.slice(10)).toEqual(['THROTTLED', 'THROTTLED']);
    s.clock.advance(3600_000);
    expect((await s.receive(message({ from: 'flood@example.com', subject: 'Later', text: 'Later' }))).state).toBe('NEW_COMPLAINT');
  });

  it('rejects a message over the size limit without keeping or parsing it', async () => {
    const s = setup();
    const record = await s.receive(new Uint8Array(MAX_RAW_BYTES + 1));
    expect(record).toMatchObject({ state: 'REJECTED', reason: 'TOO_LARGE', size: MAX_RAW_BYTES + 1 });
    expect(record.rawKey).toBeUndefined();
    expect(s.files.objects.size).toBe(0);
  });

  it('refuses to process again a message still being processed, and takes over one a crash left', async () => {
    const s = setup();
    const raw = message({ from: 'li.lei@example.com', subject: 'x', text: 'y' });
    const id = createHash('sha256').update(raw).digest('hex');
    await s.files.put(`inbound/${id}.eml`, raw);
    const left = { id, organizationId: DEFAULTS.organizationId, receivedAt: s.clock.now().toISOString(), state: 'UNPROCESSED' as const, reason: 'PROCESSING', authenticationFailed: false, rawKey: `inbound/${id}.eml`, size: raw.length, attempts: 0, updatedAt: s.clock.now().toISOString() };
    await s.inboundEmails.putNew(left);
    await expect(reprocessInboundEmail(s.deps, DEFAULTS.organizationId, id)).rejects.toMatchObject({ code: 'CONFLICT' });
    s.clock.advance(5 * 60_000);
    expect(await reprocessInboundEmail(s.deps, DEFAULTS.organizationId, id)).toMatchObject({ state: 'NEW_COMPLAINT', attempts: 1 });
  });

  it('keeps a message it cannot parse as UNPROCESSED, and makes its complaint when processed again after a fix', async () => {
    const s = setup();
    const raw = Buffer.from('garbage');
    const record = await s.receive(raw);
    expect(record).toMatchObject({ state: 'UNPROCESSED', reason: 'PARSE_FAILED', attempts: 1 });
    expect(s.files.objects.get(record.rawKey!)?.toString()).toBe('garbage');
    // The fix: a parser that reads this message.
    s.deps.mail = { ...MAIL, parser: { parse: async () => fakeParser.parse(message({ from: 'li.lei@example.com', subject: 'Fixed', text: 'Now readable.' })) } };
    const again = await reprocessInboundEmail(s.deps, DEFAULTS.organizationId, record.id);
    expect(again).toMatchObject({ state: 'NEW_COMPLAINT', attempts: 2 });
    expect(await reprocessInboundEmail(s.deps, DEFAULTS.organizationId, record.id)).toEqual(again);
    expect(s.store.records.size).toBe(1);
  });
});

describe('receiveEmail: processing again after a failure', () => {
  /** Makes the `nth` call of `method` on `target` fail, as a dropped connection would. */
  function failOnce<T extends object>(target: T, method: keyof T & string, nth = 1) {
    const original = (target[method] as (...args: unknown[]) => unknown).bind(target);
    let calls = 0;
    Object.assign(target, { [method]: (...args: unknown[]) => (++calls === nth ? Promise.reject(new Error('connection reset')) : original(...args)) });
  }

  const noteCount = (s: Setup, id: string) => s.store.records.get(id)!.entries.filter((e) => e.kind === 'INTERNAL_NOTE').length;

  it('goes on with the complaint it made when a later step failed: one complaint, one note, its attachment once', async () => {
    const s = setup();
    // The raw message is kept first; the attachment's bytes, after the complaint exists, fail.
    failOnce(s.files, 'put', 2);
    const raw = message({ from: 'li.lei@example.com', subject: 'Broken', text: 'Dead line.', attachments: [{ filename: 'bill.pdf', contentType: 'application/pdf', content: 'pdf', inline: false }] });
    const failed = await s.receive(raw);
    expect(failed).toMatchObject({ state: 'UNPROCESSED', reason: 'PROCESSING_FAILED' });
    expect(failed.complaintId).toBeDefined();
    // Past the idempotency window of submissions: only the recorded complaint id keeps it one complaint.
    s.clock.advance(25 * 3600_000);
    const again = await reprocessInboundEmail(s.deps, DEFAULTS.organizationId, failed.id);
    expect(again).toMatchObject({ state: 'NEW_COMPLAINT', complaintId: failed.complaintId, attempts: 2 });
    expect(s.store.records.size).toBe(1);
    expect(noteCount(s, failed.complaintId!)).toBe(1);
    const attached = s.store.records.get(failed.complaintId!)!.files?.filter((f) => f.state === 'ATTACHED');
    expect(attached?.map((f) => f.name)).toEqual(['bill.pdf']);
  });

  it('adds a reply once when processing stopped after the reply was stored', async () => {
    const s = setup();
    const complaint = await investigatedComplaint(s);
    const to = await s.deps.addresses.forComplaint(complaint.reference);
    failOnce(s.inboundEmails, 'save');
    const raw = message({ from: 'li.lei@example.com', to: [{ address: to }], text: 'It is still broken.' });
    // The reply is in the complaint, but its record could not be finished: the function fails and SES delivers again.
    await expect(s.receive(raw, [to])).rejects.toThrow('connection reset');
    const messages = () => s.store.records.get(complaint.id)!.entries.filter((e) => e.kind === 'COMPLAINANT_MESSAGE');
    expect(messages()).toHaveLength(1);
    s.clock.advance(90_000);
    expect(await s.receive(raw, [to])).toMatchObject({ state: 'JOINED_COMPLAINT', reason: 'ALREADY_JOINED', complaintId: complaint.id, attempts: 2 });
    expect(messages()).toHaveLength(1);
  });

  it('leaves a message another delivery is processing to it, and takes over one left by a crash', async () => {
    const s = setup();
    // The second save finishes the record (the first records the complaint's id).
    failOnce(s.inboundEmails, 'save', 2);
    const raw = message({ from: 'li.lei@example.com', subject: 'x', text: 'y' });
    await expect(s.receive(raw)).rejects.toThrow('connection reset');
    s.clock.advance(30_000);
    expect(await s.receive(raw)).toMatchObject({ state: 'UNPROCESSED', reason: 'PROCESSING', attempts: 1 });
    s.clock.advance(60_000);
    const taken = await s.receive(raw);
    expect(taken).toMatchObject({ state: 'NEW_COMPLAINT', attempts: 2 });
    expect(s.store.records.size).toBe(1);
    expect(noteCount(s, taken.complaintId!)).toBe(1);
  });

  it('lets one of two reprocesses started together process the message and tells the other it is busy', async () => {
    const s = setup();
    const complaint = await investigatedComplaint(s);
    const to = await s.deps.addresses.forComplaint(complaint.reference);
    const unmatched = await s.receive(message({ from: 'li.lei@example.com', to: [{ address: to }], inReplyTo: 'forged@example.net', text: 'Me again.' }), [to]);
    expect(unmatched).toMatchObject({ state: 'UNMATCHED', reason: 'NOT_IN_THREAD' });
    const results = await Promise.allSettled([1, 2].map(() => reprocessInboundEmail(s.deps, DEFAULTS.organizationId, unmatched.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });
});

describe('receiveEmail: a reply to a complaint', () => {
  it('answers an open request for information: the clocks resume and the investigation goes on', async () => {
    const s = setup();
    const complaint = await investigatedComplaint(s);
    await performStep(s.deps, complaint.id, complaint.version, { kind: 'STAFF', id: 'h1' }, (c, ctx) => steps.requestInformation(c, 'When did it start?', ctx));
    expect(s.store.records.get(complaint.id)!.complaint.clocks.some((c) => c.pausedAt)).toBe(true);
    markSent(s, complaint.id);
    const to = await s.deps.addresses.forComplaint(complaint.reference);
    const record = await s.receive(message({ from: 'li.lei@example.com', to: [{ address: to }], inReplyTo: 'sent-information_requested@email.amazonses.com', subject: 'Re: request', text: 'On 1 November.\n> When did it start?' }), [to]);
    expect(record).toMatchObject({ state: 'JOINED_COMPLAINT', reason: 'ANSWERED_REQUEST', complaintId: complaint.id });
    const after = s.store.records.get(complaint.id)!;
    expect(after.complaint.status).toBe('INVESTIGATING');
    expect(after.complaint.clocks.some((c) => c.pausedAt)).toBe(false);
    expect(after.entries.at(-1)).toMatchObject({ kind: 'INFORMATION_RESPONSE', text: 'On 1 November.', author: { kind: 'COMPLAINANT' } });
  });

  it('adds a later reply as a complainant message and tells the handler', async () => {
    const s = setup();
    const complaint = await investigatedComplaint(s);
    const to = (await s.deps.addresses.forComplaint(complaint.reference)).toUpperCase();
    const record = await s.receive(message({ from: 'LI.LEI@example.com', to: [{ address: to }], text: 'It is still broken.' }), [to]);
    expect(record).toMatchObject({ state: 'JOINED_COMPLAINT', reason: 'COMPLAINANT_MESSAGE' });
    const after = s.store.records.get(complaint.id)!;
    expect(after.entries.at(-1)).toMatchObject({ kind: 'COMPLAINANT_MESSAGE', text: 'It is still broken.' });
    expect(after.history.at(-1)?.action).toBe('COMPLAINANT_MESSAGE_RECEIVED');
    expect(after.notifications.at(-1)).toMatchObject({ kind: 'COMPLAINANT_MESSAGE', recipient: 'h1', state: 'PENDING' });
    // On the portal the complainant sees it as their own message.
    expect(publicTimeline(after).at(-1)).toMatchObject({ action: 'COMPLAINANT_MESSAGE_RECEIVED', text: 'It is still broken.' });
  });

  it.each([
    ['another sender', { from: 'someone.else@example.com' }, 'UNKNOWN_SENDER'],
    ['a thread of messages the platform never sent about it', { inReplyTo: 'forged@example.net' }, 'NOT_IN_THREAD'],
  ])('keeps a reply from %s as UNMATCHED, outside the complaint', async (_, change, reason) => {
    const s = setup();
    const complaint = await investigatedComplaint(s);
    const to = await s.deps.addresses.forComplaint(complaint.reference);
    const versionBefore = s.store.records.get(complaint.id)!.complaint.version;
    const record = await s.receive(message({ from: 'li.lei@example.com', to: [{ address: to }], text: 'Let me in.', ...change }), [to]);
    expect(record).toMatchObject({ state: 'UNMATCHED', reason });
    expect(record.complaintId).toBeUndefined();
    expect(s.store.records.get(complaint.id)!.complaint.version).toBe(versionBefore);
  });

  it('keeps a reply with a forged token as UNMATCHED (BAD_TOKEN), never as a new complaint', async () => {
    const s = setup();
    const complaint = await investigatedComplaint(s);
    const forged = `complaints+${complaint.reference.toLowerCase()}.0123456789abcdef0123@example.org`;
    const record = await s.receive(message({ from: 'li.lei@example.com', to: [{ address: forged }], text: 'Guessing.' }), [forged]);
    expect(record).toMatchObject({ state: 'UNMATCHED', reason: 'BAD_TOKEN' });
    expect(s.store.records.size).toBe(1);
  });

  it('keeps a reply to a closed complaint as UNMATCHED (STALE_TOKEN)', async () => {
    const s = setup();
    const made = await s.receive(message({ from: 'li.lei@example.com', subject: 'x', text: 'y' }));
    const complaint = s.store.records.get(made.complaintId!)!.complaint;
    await performStep(s.deps, complaint.id, complaint.version, { kind: 'STAFF', id: 'h1' }, (c, ctx) => steps.reject(c, 'OUT_OF_SCOPE', 'Not ours.', ctx));
    const to = await s.deps.addresses.forComplaint(complaint.reference);
    expect(await s.receive(message({ from: 'li.lei@example.com', to: [{ address: to }], text: 'But…' }), [to])).toMatchObject({ state: 'UNMATCHED', reason: 'STALE_TOKEN' });
  });
});

describe('erasing a complainant', () => {
  it('deletes the bytes of the emails they sent and erases their sender and subject, keeping the record', async () => {
    const s = setup();
    const record = await s.receive(message({ from: 'li.lei@example.com', subject: 'Broken phone line', text: 'Dead.' }));
    const other = await s.receive(message({ from: 'wang@example.cn', subject: 'Other', text: 'Other.' }));
    await eraseComplainantData(s.deps, DEFAULTS.organizationId, 'Li.Lei@example.com', { kind: 'STAFF', id: 'admin' });
    expect(await s.inboundEmails.get(DEFAULTS.organizationId, record.id)).toMatchObject({ state: 'NEW_COMPLAINT', from: '[erased]', subject: '[erased]', rawKey: undefined });
    expect(s.files.objects.has(record.rawKey!)).toBe(false);
    expect(await s.inboundEmails.get(DEFAULTS.organizationId, other.id)).toMatchObject({ from: 'wang@example.cn', rawKey: other.rawKey });
  });
});
