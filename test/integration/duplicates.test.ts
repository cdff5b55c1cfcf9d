import type { LocalStack } from '../../local/stack';
import { contactKeys } from '../../functions/core/duplicates/contacts';
import { fingerprint, windowStart } from '../../functions/core/duplicates/fingerprint';
import { duplicateIndex, dynamoDbClient } from '../../functions/wiring/dynamodb';
import { FakeClock } from '../harness/fake-clock';
import { errorCode, gql, ok, submit, waitForComplaint, allSent, type Submitted } from '../harness/lifecycle';
import { inbox, startTestStack, waitFor } from '../harness/local-stack';

// Monday 30 Nov 2026, 10:00 in Shanghai.
const RECEIVED = '2026-11-30T02:00:00.000Z';

const FACTS =
  'I paid off my car loan in full in March but the lender keeps reporting the account as 60 days late on my credit report. ' +
  'I called the company four times and each agent told me the error would be fixed within 30 days. ' +
  'Nothing has changed and my mortgage application was declined because of this late payment. I want the late mark removed.';
const REWORDED =
  'I am writing again about this matter. I paid off my vehicle loan in full in March but the lender keeps reporting the acct as 60 days late on my credit report. ' +
  'I phoned the firm four times and each representative informed me the error would be fixed within 30 days. ' +
  'Nothing has changed and my mortgage application was declined because of this late installment.';
const OTHER =
  'A debt collector calls me every day at work about a medical bill from 2016 that my insurance already paid. ' +
  'They threatened to sue me and refused to send any validation letter when I asked for one in writing.';

const DUPLICATE_FIELDS = `id reference status version decision { reason duplicateOf } duplicateSuggestions { complaintId reference score reasons status } history { action }`;
const READ = `query($id: ID!) { complaint(id: $id) { ${DUPLICATE_FIELDS} } }`;
const WORKSPACE = `query { complaintsWithDuplicates(first: 50) { edges { node { id } } } }`;
const MERGE = `mutation($id: ID!, $v: Int!, $into: ID!) { mergeDuplicate(id: $id, expectedVersion: $v, intoId: $into) { ${DUPLICATE_FIELDS} } }`;
const DISMISS = `mutation($id: ID!, $v: Int!, $candidate: ID!) { dismissDuplicate(id: $id, expectedVersion: $v, candidateId: $candidate) { ${DUPLICATE_FIELDS} } }`;

interface Suggestion {
  complaintId: string;
  reference: string;
  score: number;
  reasons: string[];
  status: string;
}
interface DuplicateView {
  id: string;
  reference: string;
  status: string;
  version: number;
  decision: { reason: string | null; duplicateOf: string | null } | null;
  duplicateSuggestions: Suggestion[];
  history: Array<{ action: string }>;
}

const person = (name: string, email: string, phone: string) => ({ name, email, phone, preferredLanguage: 'EN' as const });

describe('duplicate complaints through the local stack', () => {
  const time = new FakeClock(RECEIVED);
  let stack: LocalStack;
  let first: Submitted;
  let repeat: Submitted;
  let otherTopic: Submitted;
  let stranger: Submitted;
  const read = async (id: string) => (await ok<DuplicateView>(gql(stack, READ, { id }, 'admin')));
  const workspace = async () => (await ok<{ edges: Array<{ node: { id: string } }> }>(gql(stack, WORKSPACE, {}, 'admin'))).edges.map((e) => e.node.id);

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    first = await submit(stack, { channel: 'WEB', facts: FACTS, complainant: person('Alice Smith', `alice-${process.pid}@example.com`, '+1 (555) 010-2030') });
    time.advance(24 * 3_600_000);
    // The same person again, by email, the address and phone written differently, the text reworded.
    repeat = await submit(stack, { channel: 'EMAIL', facts: REWORDED, complainant: person('Alice Smith', ` ALICE-${process.pid}@Example.com `, '5550102030') });
    otherTopic = await submit(stack, { facts: OTHER, complainant: person('Bob Jones', `bob-${process.pid}@example.com`, '+1 555 010 9999') });
    stranger = await submit(stack, { channel: 'LETTER', facts: FACTS, complainant: person('Carol White', `carol-${process.pid}@example.com`, '+1 555 010 7777') });
  });
  afterAll(() => stack?.stop());

  it('suggests the earlier complaint on the repeat, with the score and both reasons', async () => {
    const c = await read(repeat.id);
    expect(c.duplicateSuggestions).toEqual([{ complaintId: first.id, reference: first.reference, score: expect.any(Number), reasons: ['SAME_CONTACT', 'SIMILAR_TEXT'], status: 'OPEN' }]);
    expect(c.duplicateSuggestions[0].score).toBeGreaterThanOrEqual(0.5);
    expect((await read(first.id)).duplicateSuggestions).toEqual([]);
  });

  it('suggests nothing for a different complaint, and the same text from another person for its text only', async () => {
    expect((await read(otherTopic.id)).duplicateSuggestions).toEqual([]);
    const c = await read(stranger.id);
    expect(c.duplicateSuggestions.find((s) => s.complaintId === first.id)).toEqual({ complaintId: first.id, reference: first.reference, score: 1, reasons: ['SIMILAR_TEXT'], status: 'OPEN' });
  });

  it('reads the candidates to score in one eventually consistent BatchGetItem, leaving out ids that do not exist', async () => {
    const client = dynamoDbClient(stack.config);
    const sent: Array<{ command: string; consistent?: boolean }> = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { RequestItems?: Record<string, { ConsistentRead?: boolean }>; ConsistentRead?: boolean };
        sent.push({ command: String(context.commandName), consistent: input.ConsistentRead ?? Object.values(input.RequestItems ?? {})[0]?.ConsistentRead });
        return next(args);
      },
      { step: 'initialize' },
    );
    const found = await duplicateIndex(stack.config, client).candidates([first.id, otherTopic.id, 'no-such-complaint']);
    expect(found.map((c) => c.id).sort()).toEqual([first.id, otherTopic.id].sort());
    expect(found.find((c) => c.id === first.id)).toMatchObject({ reference: first.reference, facts: FACTS, receivedAt: RECEIVED });
    expect(sent).toEqual([{ command: 'BatchGetItemCommand', consistent: undefined }]);
  });

  it('lists the complaints with suggestions to decide in the workspace', async () => {
    const ids = await workspace();
    expect(ids).toEqual(expect.arrayContaining([repeat.id, stranger.id]));
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(otherTopic.id);
  });

  it('refuses a merge on a stale version with CONFLICT and changes nothing', async () => {
    const res = await gql(stack, MERGE, { id: repeat.id, v: 7, into: first.id }, 'admin');
    expect(errorCode(res)).toBe('CONFLICT');
    expect((await read(repeat.id)).status).toBe('RECEIVED');
  });

  it("refuses to merge into another person's complaint", async () => {
    const res = await gql(stack, MERGE, { id: stranger.id, v: 1, into: first.id }, 'admin');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('intoId');
  });

  it('dismisses a suggestion: DISMISSED, audited, and off the workspace once none is open', async () => {
    const before = await read(stranger.id);
    let c = before;
    for (const s of before.duplicateSuggestions) c = await ok<DuplicateView>(gql(stack, DISMISS, { id: stranger.id, v: c.version, candidate: s.complaintId }, 'admin'));
    expect(c.duplicateSuggestions.find((s) => s.complaintId === first.id)?.status).toBe('DISMISSED');
    expect(c.duplicateSuggestions.every((s) => s.status === 'DISMISSED')).toBe(true);
    expect(c.history.map((h) => h.action)).toContain('DUPLICATE_DISMISSED');
    expect(c.status).toBe('RECEIVED');
    expect(await workspace()).not.toContain(stranger.id);
  });

  it('merges the repeat: REJECTED as DUPLICATE with the link, and its complainant is told which reference to follow', async () => {
    const merged = await ok<DuplicateView>(gql(stack, MERGE, { id: repeat.id, v: 1, into: first.id }, 'admin'));
    expect(merged.status).toBe('REJECTED');
    expect(merged.decision).toEqual({ reason: 'DUPLICATE', duplicateOf: first.reference });
    expect(merged.duplicateSuggestions[0].status).toBe('MERGED');
    expect(merged.history.map((h) => h.action)).toEqual(['COMPLAINT_RECEIVED', 'REJECTED']);
    expect(await workspace()).not.toContain(repeat.id);

    await waitForComplaint(stack, repeat.id, 'the rejection email', allSent);
    const address = `alice-${process.pid}@example.com`;
    const rejection = await waitFor('the rejection email', async () =>
      (await inbox(stack)).find((e) => e.destination.to.some((to) => to.trim().toLowerCase() === address) && e.subject.includes(repeat.reference) && e.subject.includes('cannot take on')),
    );
    expect(rejection.body.text).toContain(`please follow that reference`);
    expect(rejection.body.text).toContain(first.reference);
  });

  it('refuses a second merge of a rejected complaint with INVALID_TRANSITION', async () => {
    const res = await gql(stack, MERGE, { id: repeat.id, v: 2, into: first.id }, 'admin');
    expect(errorCode(res)).toBe('INVALID_TRANSITION');
  });

  it("erases the complainant's entries in the duplicate index with their personal data", async () => {
    const index = duplicateIndex(stack.config);
    const org = stack.config.settingsDefaults.organizationId;
    const since = windowStart(new Date(RECEIVED), 1);
    const { bands } = fingerprint(FACTS, {});
    const phoneHash = contactKeys({ phone: '5550102030' }).phoneHash!;
    const indexed = async () => ({
      inBuckets: (await Promise.all(bands.map((b) => index.bucket(org, b, since, 10)))).some((ids) => ids.includes(first.id)),
      byPhone: await index.samePhone(org, phoneHash, since, 10),
    });
    expect(await indexed()).toEqual({ inBuckets: true, byPhone: [repeat.id, first.id] });
    await ok(gql(stack, `mutation($email: String!) { eraseComplainantData(email: $email) { erasedComplaints } }`, { email: `alice-${process.pid}@example.com` }, 'admin'));
    expect(await indexed()).toEqual({ inBuckets: false, byPhone: [] });
    // The other person who sent the same words is still found.
    expect((await Promise.all(bands.map((b) => index.bucket(org, b, since, 10)))).some((ids) => ids.includes(stranger.id))).toBe(true);
  });
});
