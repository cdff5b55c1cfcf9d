import { writeDailyDigests } from '../../../functions/core/audit/daily-digest';
import { entryHash, GENESIS } from '../../../functions/core/audit/seal';
import { personalFields, stateDigest } from '../../../functions/core/audit/personal-envelope';
import { verifyComplaintHistory } from '../../../functions/core/audit/verify-complaint';
import { verifyHistory } from '../../../functions/core/audit/verify-history';
import { nextVersion, type ComplaintChange } from '../../../functions/core/complaint';
import { ERASED, eraseComplainantData } from '../../../functions/core/data-protection';
import { VersionConflict } from '../../../functions/core/errors';
import { receiveComplaint } from '../../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../../functions/core/intake/validate-submission';
import { accept, addInternalNote, assign, startInvestigation, type StepContext } from '../../../functions/core/lifecycle/steps';
import type { ComplaintRecord } from '../../../functions/core/ports';
import { LocalDigestKey } from '../../../functions/adapters/local/digest-key';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryChainHeads, InMemoryDigestArchive } from '../../harness/in-memory-audit';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { SETTINGS } from '../core/test-policy';

const ORG = SETTINGS.organizationId;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const staff = (at: string): StepContext => ({ actor: { kind: 'STAFF', id: 'h1' }, now: new Date(at), settings: SETTINGS });
const copy = (record: ComplaintRecord): ComplaintRecord => structuredClone(record);

/** Received on 30 Nov, accepted with a note and assigned that day; investigated and noted on 1 Dec: versions 1 to 5. */
async function handledComplaint(store = new InMemoryStore()) {
  const receivedAt = new Date('2026-11-30T02:00:00.000Z');
  const submission = validateSubmission(sampleSubmission({ complainant: { name: '王芳', email: 'wang.fang@example.cn', phone: '+8613800138000', preferredLanguage: 'ZH_CN' } }), receivedAt, SETTINGS.timeZone);
  await store.create(receiveComplaint(submission, { id: 'c1', reference: 'CP-20261130-AAAAAA', accessCode: 'AAAAA-BBBBB', receivedAt, actor: { kind: 'COMPLAINANT' } }, SETTINGS));
  const step = async (decide: (c: NonNullable<Awaited<ReturnType<InMemoryStore['get']>>>) => ComplaintChange) => store.commit(decide((await store.get('c1'))!));
  await step((c) => accept(c, 'within scope', staff('2026-11-30T03:00:00Z')));
  await step((c) => assign(c, 'h1', 't1', staff('2026-11-30T04:00:00Z')));
  await step((c) => startInvestigation(c, staff('2026-12-01T02:00:00Z')));
  await step((c) => addInternalNote(c, 'Called the shop on 138 0013 8000', staff('2026-12-01T03:00:00Z')));
  return { store, record: (await store.getRecord('c1'))! };
}

/** What someone with write access to the table could do: rewrite every hash after an edit so the chain holds again. */
function reseal(record: ComplaintRecord): ComplaintRecord {
  let previous = GENESIS;
  for (const entry of record.history) {
    if (entry.version === record.complaint.version) entry.stateDigest = stateDigest(record.complaint);
    entry.hash = entryHash(previous, entry, record.entries.filter((e) => e.version === entry.version));
    previous = entry.hash;
  }
  record.complaint.auditHead = previous;
  return record;
}

describe('the audit hash chain', () => {
  it('verifies a complaint handled over two days, every entry sealed', async () => {
    const { record } = await handledComplaint();
    expect(record.history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyHistory(record)).toEqual({ verified: true, entries: 5, sealedFromVersion: 1, digestDays: [] });
  });

  it('refuses a change decided on a copy that does not carry the stored audit head, so the chain cannot fork', async () => {
    const { store, record } = await handledComplaint();
    const stale = { ...(await store.get('c1'))!, auditHead: record.history[3].hash };
    await expect(store.commit(addInternalNote(stale, 'Late note', staff('2026-12-01T04:00:00Z')))).rejects.toBeInstanceOf(VersionConflict);
    expect((await store.get('c1'))!.version).toBe(5);
  });

  it('names the entry whose action was changed in the table', async () => {
    const record = copy((await handledComplaint()).record);
    record.history[2].action = 'ESCALATED';
    expect(verifyHistory(record).problem).toEqual({ code: 'HASH_MISMATCH', version: 3, action: 'ESCALATED', at: '2026-11-30T04:00:00.000Z' });
  });

  it('names the version whose note was edited', async () => {
    const record = copy((await handledComplaint()).record);
    record.entries.find((e) => e.version === 5)!.text = 'Nothing to report';
    expect(verifyHistory(record).problem).toMatchObject({ code: 'HASH_MISMATCH', version: 5, action: 'INTERNAL_NOTE_ADDED' });
  });

  it('does not let a note be changed by dropping its salt and keeping its envelope', async () => {
    const record = copy((await handledComplaint()).record);
    const note = record.entries.find((e) => e.version === 5)!;
    note.text = 'Nothing to report';
    delete note.textSalt;
    expect(verifyHistory(record).problem).toMatchObject({ code: 'HASH_MISMATCH', version: 5 });
  });

  it('names a deleted entry in the middle by its version', async () => {
    const record = copy((await handledComplaint()).record);
    record.history.splice(2, 1);
    expect(verifyHistory(record).problem).toEqual({ code: 'MISSING_ENTRY', version: 3 });
  });

  it('names the entry found out of its place when two are swapped', async () => {
    const record = copy((await handledComplaint()).record);
    [record.history[1], record.history[2]] = [record.history[2], record.history[1]];
    expect(verifyHistory(record).problem).toMatchObject({ code: 'OUT_OF_ORDER', version: 3, action: 'HANDLER_ASSIGNED' });
  });

  it('notices the latest entry deleted, as the complaint is a version ahead of its history', async () => {
    const record = copy((await handledComplaint()).record);
    record.history.pop();
    expect(verifyHistory(record).problem).toEqual({ code: 'MISSING_ENTRY', version: 5 });
  });

  it('notices the stored complaint edited since its last entry', async () => {
    const record = copy((await handledComplaint()).record);
    record.complaint.complainant.phone = '+8613900000000';
    expect(verifyHistory(record).problem).toMatchObject({ code: 'STATE_MISMATCH', version: 5 });
    const salted = copy((await handledComplaint()).record);
    salted.complaint.category = 'billing';
    expect(verifyHistory(salted).problem).toMatchObject({ code: 'STATE_MISMATCH', version: 5 });
  });

  it('still verifies after the complainant\'s personal data is erased, with the data and its salts gone', async () => {
    const { store } = await handledComplaint();
    await eraseComplainantData({ store, clock: new FakeClock('2026-12-02T01:00:00Z'), logger: silent }, SETTINGS.organizationId, 'wang.fang@example.cn', { kind: 'STAFF', id: 'admin' });
    const record = (await store.getRecord('c1'))!;
    expect(record.complaint.complainant).toEqual({ name: ERASED, preferredLanguage: 'ZH_CN' });
    expect(record.complaint.personalSalt).toBeUndefined();
    expect(record.entries.filter((e) => e.text !== undefined).every((e) => e.text === ERASED && e.textSalt === undefined)).toBe(true);
    expect(JSON.stringify(record)).not.toContain('13800138000');
    expect(verifyHistory(record)).toMatchObject({ verified: true, entries: 6 });
  });

  it('keeps an earlier rating\'s comment in the salted envelope with the latest one, and verifies once both are erased', async () => {
    const { store } = await handledComplaint();
    const rating = (comment: string, at: string) => ({ rating: 1, resolved: false, comment, at });
    await store.commit(nextVersion((await store.get('c1'))!, { feedback: rating('Still broken', '2026-12-03T00:00:00.000Z'), earlierFeedback: [rating('Nobody called 138 0013 8000', '2026-12-02T00:00:00.000Z')] }, 'FEEDBACK_RECEIVED', { kind: 'COMPLAINANT' }, new Date('2026-12-03T00:00:00Z')));
    const rated = (await store.get('c1'))!;
    expect(personalFields(rated).earlierFeedbackComments).toEqual(['Nobody called 138 0013 8000']);
    await eraseComplainantData({ store, clock: new FakeClock('2026-12-04T01:00:00Z'), logger: silent }, SETTINGS.organizationId, 'wang.fang@example.cn', { kind: 'STAFF', id: 'admin' });
    const record = (await store.getRecord('c1'))!;
    expect(JSON.stringify(record)).not.toContain('138 0013 8000');
    expect(verifyHistory(record)).toMatchObject({ verified: true, entries: 7 });
  });

  it('refuses an erased-looking note without a recorded erasure', async () => {
    const record = copy((await handledComplaint()).record);
    const note = record.entries.find((e) => e.version === 5)!;
    note.text = ERASED;
    delete note.textSalt;
    expect(verifyHistory(record).problem).toMatchObject({ code: 'HASH_MISMATCH', version: 5 });
  });

  it('chains the entries of skipped versions written with a change, in order', async () => {
    const { store } = await handledComplaint();
    const c = (await store.get('c1'))!;
    const first = nextVersion(c, {}, 'CLOCK_AT_RISK', { kind: 'SYSTEM' }, new Date('2026-12-01T05:00:00Z'));
    const second = nextVersion(first.complaint, {}, 'ESCALATED', { kind: 'SYSTEM' }, new Date('2026-12-01T05:00:00Z'));
    const third = nextVersion(second.complaint, {}, 'CLOCK_AT_RISK', { kind: 'SYSTEM' }, new Date('2026-12-01T05:00:00Z'));
    await store.commit({ ...third, precedingAudits: [first.audit, second.audit] });
    const record = (await store.getRecord('c1'))!;
    expect(record.history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(verifyHistory(record).verified).toBe(true);
    record.history[6].actor = { kind: 'STAFF', id: 'h2' };
    expect(verifyHistory(record).problem).toMatchObject({ code: 'HASH_MISMATCH', version: 7 });
  });

  it('reports a complaint written before the chain existed as not sealed, and verifies from its first sealed entry on', async () => {
    const record = copy((await handledComplaint()).record);
    for (const h of record.history) delete h.hash;
    delete record.complaint.auditHead;
    expect(verifyHistory(record)).toMatchObject({ verified: false, problem: { code: 'NOT_SEALED', version: 1 } });

    const store = new InMemoryStore();
    store.records.set('c1', record);
    store.references.set(record.complaint.reference, 'c1');
    await store.commit(startInvestigation({ ...record.complaint, status: 'ASSIGNED' }, staff('2026-12-02T02:00:00Z')));
    const later = (await store.getRecord('c1'))!;
    expect(verifyHistory(later)).toMatchObject({ verified: true, sealedFromVersion: 6 });
    await store.commit(addInternalNote(later.complaint, 'Second visit', staff('2026-12-02T03:00:00Z')));
    const stripped = copy((await store.getRecord('c1'))!);
    delete stripped.history[6].hash;
    expect(verifyHistory(stripped)).toMatchObject({ verified: false, problem: { code: 'NOT_SEALED', version: 7 } });
  });
});

describe('the signed daily digests', () => {
  async function digested() {
    const { store } = await handledComplaint();
    const archive = new InMemoryDigestArchive();
    const key = new LocalDigestKey();
    const heads = new InMemoryChainHeads(store);
    const clock = new FakeClock('2026-12-02T01:00:00Z');
    const run = await writeDailyDigests({ heads, archive, signer: key, clock, logger: silent });
    return { store, archive, key, heads, clock, run, deps: { archive, keys: key } };
  }

  it('signs each finished day once, chained to the day before, and confirms the complaint with them', async () => {
    const { store, archive, deps, run, heads, clock } = await digested();
    expect(run.digests).toEqual(['acme/2026-11-30', 'acme/2026-12-01']);
    const second = (await archive.get(ORG, '2026-12-01'))!;
    expect(second.digest.heads).toEqual([{ complaintId: 'c1', version: 5, hash: (await store.get('c1'))!.auditHead }]);
    expect(second.digest.previous?.day).toBe('2026-11-30');
    expect(await writeDailyDigests({ heads, archive, signer: deps.keys, clock, logger: silent })).toEqual({ digests: [] });
    expect(await verifyComplaintHistory(deps, (await store.getRecord('c1'))!)).toEqual({
      verified: true,
      entries: 5,
      sealedFromVersion: 1,
      digestDays: ['2026-11-30', '2026-12-01'],
    });
  });

  it('leaves the running day to a later run', async () => {
    const { archive } = await digested();
    expect(await archive.days(ORG)).toEqual(['2026-11-30', '2026-12-01']);
    expect(await archive.get(ORG, '2026-12-02')).toBeNull();
  });

  it('catches a chain rewritten end to end after an edit, by the signed head of that day', async () => {
    const { store, deps } = await digested();
    const record = copy((await store.getRecord('c1'))!);
    record.history[1].action = 'REJECTED';
    reseal(record);
    expect(verifyHistory(record).verified).toBe(true);
    expect((await verifyComplaintHistory(deps, record)).problem).toMatchObject({ code: 'DIGEST_MISMATCH', version: 3, day: '2026-11-30' });
  });

  it('catches the latest entries deleted and the complaint rolled back after a digest', async () => {
    const { store, deps } = await digested();
    const record = copy((await store.getRecord('c1'))!);
    record.history = record.history.filter((h) => h.version <= 4);
    record.entries = record.entries.filter((e) => e.version <= 4);
    record.complaint.version = 4;
    reseal(record);
    expect((await verifyComplaintHistory(deps, record)).problem).toEqual({ code: 'MISSING_ENTRY', version: 5, day: '2026-12-01' });
  });

  it('detects a digest edited in the archive', async () => {
    const { store, archive, deps } = await digested();
    const key = InMemoryDigestArchive.key(ORG, '2026-11-30');
    archive.texts.set(key, archive.texts.get(key)!.replace('"version":3', '"version":2'));
    expect((await verifyComplaintHistory(deps, (await store.getRecord('c1'))!)).problem).toMatchObject({ code: 'DIGEST_INVALID', version: 1, day: '2026-11-30' });
  });

  it('reports a digest edited into something unreadable as invalid, naming the day', async () => {
    const { store, archive, deps } = await digested();
    archive.texts.set(InMemoryDigestArchive.key(ORG, '2026-12-01'), '{"digest": ');
    expect((await verifyComplaintHistory(deps, (await store.getRecord('c1'))!)).problem).toMatchObject({ code: 'DIGEST_INVALID', version: 4, day: '2026-12-01' });
  });

  it('detects two days\' digests swapped in the archive', async () => {
    const { store, archive, deps } = await digested();
    const [a, b] = [InMemoryDigestArchive.key(ORG, '2026-11-30'), InMemoryDigestArchive.key(ORG, '2026-12-01')];
    const first = archive.texts.get(a)!;
    archive.texts.set(a, archive.texts.get(b)!);
    archive.texts.set(b, first);
    expect((await verifyComplaintHistory(deps, (await store.getRecord('c1'))!)).problem).toMatchObject({ code: 'DIGEST_MISMATCH', version: 1, day: '2026-11-30' });
  });

  it('refuses a digest signed by another key', async () => {
    const { store, deps } = await digested();
    const stranger = { archive: deps.archive, keys: new LocalDigestKey() };
    expect((await verifyComplaintHistory(stranger, (await store.getRecord('c1'))!)).problem).toMatchObject({ code: 'DIGEST_INVALID' });
  });
});
