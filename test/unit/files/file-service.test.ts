import { createHash } from 'node:crypto';
import { verifyHistory } from '../../../functions/core/audit/verify-history';
import { ERASED, eraseComplainantData } from '../../../functions/core/data-protection';
import { DomainError } from '../../../functions/core/errors';
import { fileView, PENDING_SECONDS, requestUpload, uploadedFile, UPLOAD_URL_SECONDS, type FileDependencies } from '../../../functions/core/files/file-service';
import { receiveComplaint } from '../../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../../functions/core/intake/validate-submission';
import { objectKey } from '../../../functions/core/files/stored-file';
import { addEvidence, attachFile, type StepContext } from '../../../functions/core/lifecycle/steps';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryFileRecords, InMemoryFileStore } from '../../harness/in-memory-files';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { SETTINGS } from '../core/test-policy';

const keyOf = (fileId: string, complaintId = 'c1') => objectKey(SETTINGS.organizationId, complaintId, fileId);
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const STAFF = { kind: 'STAFF' as const, id: 'h1' };
const bytes = Buffer.from('%PDF-1.4 a receipt');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const upload = (b = bytes, name = '收据.pdf') => ({ name, contentType: 'application/pdf', size: b.length, sha256: sha256(b) });

async function setUp() {
  const store = new InMemoryStore();
  const clock = new FakeClock('2026-12-01T02:00:00.000Z');
  const files = new InMemoryFileStore();
  const deps: FileDependencies = { files, fileRecords: new InMemoryFileRecords(store), clock };
  for (const [id, email] of [['c1', 'li.na@example.cn'], ['c2', 'other@example.cn']]) {
    const receivedAt = new Date('2026-12-01T01:00:00.000Z');
    const submission = validateSubmission(sampleSubmission({ complainant: { name: '李娜', email, preferredLanguage: 'ZH_CN' } }), receivedAt, SETTINGS.timeZone);
    await store.create(receiveComplaint(submission, { id, reference: `CP-20261201-${id.toUpperCase()}AAAA`, accessCode: 'AAAAA-BBBBB', receivedAt, actor: { kind: 'COMPLAINANT' } }, SETTINGS));
  }
  const complaint = async (id = 'c1') => (await store.get(id))!;
  const ctx = (): StepContext => ({ actor: STAFF, now: clock.now(), settings: SETTINGS });
  return { store, clock, files, deps, complaint, ctx };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return { code: (error as DomainError).code, issues: (error as DomainError).issues };
};

describe('requesting an upload', () => {
  it('records a pending upload tied to the complaint and the uploader, kept a day, under a key with nothing personal in it', async () => {
    const { deps, store, complaint } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), STAFF, upload(), () => '11111111-2222-4333-8444-555555555555');
    expect(ticket).toMatchObject({ fileId: '11111111-2222-4333-8444-555555555555', expiresAt: new Date(Date.parse('2026-12-01T02:00:00Z') + UPLOAD_URL_SECONDS * 1000).toISOString() });
    expect(ticket.url).toContain(keyOf(ticket.fileId));
    const [record] = (await store.getRecord('c1'))!.files!;
    expect(record).toMatchObject({ id: ticket.fileId, complaintId: 'c1', key: keyOf(ticket.fileId), name: '收据.pdf', size: bytes.length, sha256: sha256(bytes), uploadedBy: STAFF, state: 'PENDING' });
    expect(record.expiresAt).toBe(Date.parse('2026-12-01T02:00:00Z') / 1000 + PENDING_SECONDS);
  });
});

describe('recording an uploaded file', () => {
  it('takes the pending upload whose bytes are stored with the declared size and SHA-256', async () => {
    const { deps, files, complaint } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), STAFF, upload());
    files.upload(keyOf(ticket.fileId), bytes);
    expect(await uploadedFile(deps, await complaint(), ticket.fileId, 'STAFF', 'evidence.fileId')).toMatchObject({ id: ticket.fileId, state: 'PENDING' });
  });

  it('refuses bytes that never arrived or differ from what was declared', async () => {
    const { deps, files, complaint } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), STAFF, upload());
    expect(await refusal(uploadedFile(deps, await complaint(), ticket.fileId, 'STAFF', 'evidence.fileId'))).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'evidence.fileId', message: expect.stringContaining('no uploaded file yet') }],
    });
    files.upload(keyOf(ticket.fileId), Buffer.from('something else entirely'));
    expect((await refusal(uploadedFile(deps, await complaint(), ticket.fileId, 'STAFF', 'evidence.fileId'))).issues[0].message).toContain('does not match');
  });

  it('refuses another complaint\'s upload, an unknown id, and the other kind of uploader\'s', async () => {
    const { deps, files, complaint } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), { kind: 'COMPLAINANT' }, upload());
    files.upload(keyOf(ticket.fileId), bytes);
    for (const [id, fileId, kind] of [['c2', ticket.fileId, 'COMPLAINANT'], ['c1', 'not-a-uuid', 'COMPLAINANT'], ['c1', ticket.fileId, 'STAFF']] as const) {
      expect((await refusal(uploadedFile(deps, await complaint(id), fileId, kind, 'fileId'))).issues[0].message).toBe('matches no upload requested for this complaint');
    }
  });

  it('refuses an upload recorded already, and one whose day has passed', async () => {
    const { deps, files, clock, store, complaint, ctx } = await setUp();
    const first = await requestUpload(deps, await complaint(), STAFF, upload());
    files.upload(keyOf(first.fileId), bytes);
    await store.commit(addEvidence(await complaint(), { description: 'Receipt', source: 'shop' }, ctx(), await uploadedFile(deps, await complaint(), first.fileId, 'STAFF', 'f')));
    expect((await refusal(uploadedFile(deps, await complaint(), first.fileId, 'STAFF', 'f'))).issues[0].message).toBe('has been used already');

    const late = await requestUpload(deps, await complaint(), STAFF, upload());
    files.upload(keyOf(late.fileId), bytes);
    clock.advance(PENDING_SECONDS * 1000);
    expect((await refusal(uploadedFile(deps, await complaint(), late.fileId, 'STAFF', 'f'))).issues[0].message).toContain('expired');
  });
});

describe('evidence and attachments', () => {
  it('keeps the file\'s SHA-256 and key on the evidence entry, and attaches the file in the same change', async () => {
    const { deps, files, store, complaint, ctx } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), STAFF, upload());
    files.upload(keyOf(ticket.fileId), bytes);
    const file = await uploadedFile(deps, await complaint(), ticket.fileId, 'STAFF', 'f');
    await store.commit(addEvidence(await complaint(), { description: 'Receipt', source: 'shop', sharedWithComplainant: true }, ctx(), file));
    const record = (await store.getRecord('c1'))!;
    expect(record.entries.at(-1)!.evidence).toEqual({ description: 'Receipt', source: 'shop', sharedWithComplainant: true, contentHash: sha256(bytes), fileReference: keyOf(ticket.fileId), fileId: ticket.fileId });
    expect(record.files![0]).toMatchObject({ state: 'ATTACHED', version: 2, sharedWithComplainant: true, attachedAt: '2026-12-01T02:00:00.000Z', expiresAt: undefined });
  });

  it('records a complainant\'s attachment as their evidence, shared with them, their description as its text', async () => {
    const { deps, files, store, complaint, ctx } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), { kind: 'COMPLAINANT' }, upload());
    files.upload(keyOf(ticket.fileId), bytes);
    const change = attachFile(await complaint(), await uploadedFile(deps, await complaint(), ticket.fileId, 'COMPLAINANT', 'fileId'), 'The receipt they refused', ctx());
    expect(change.audit).toMatchObject({ action: 'EVIDENCE_ADDED', actor: { kind: 'COMPLAINANT' } });
    expect(change.entries![0]).toMatchObject({ kind: 'EVIDENCE', author: { kind: 'COMPLAINANT' }, text: 'The receipt they refused', evidence: { sharedWithComplainant: true, contentHash: sha256(bytes) } });
    expect(change.files![0]).toMatchObject({ state: 'ATTACHED', sharedWithComplainant: true });
    await store.commit(change);
  });

  it('erases the files\' bytes and names and keeps the history verifiable', async () => {
    const { deps, files, store, complaint, ctx, clock } = await setUp();
    const ticket = await requestUpload(deps, await complaint(), { kind: 'COMPLAINANT' }, upload(bytes, '王芳的身份证.pdf'));
    files.upload(keyOf(ticket.fileId), bytes);
    await store.commit(attachFile(await complaint(), await uploadedFile(deps, await complaint(), ticket.fileId, 'COMPLAINANT', 'fileId'), 'My ID card', ctx()));
    files.upload(keyOf('an-upload-never-recorded'), bytes);
    files.upload(keyOf('another-complaint', 'c2'), bytes);

    await eraseComplainantData({ store, clock, logger: silent, files }, SETTINGS.organizationId, 'li.na@example.cn', STAFF);

    expect([...files.objects.keys()]).toEqual([keyOf('another-complaint', 'c2')]);
    const record = (await store.getRecord('c1'))!;
    expect(record.files).toEqual([expect.objectContaining({ name: ERASED, erased: true, sha256: sha256(bytes) })]);
    expect(JSON.stringify(record)).not.toContain('身份证');
    expect(JSON.stringify(record)).not.toContain('My ID card');
    expect(await fileView(files, record.files![0])).toMatchObject({ name: ERASED, downloadUrl: null });
    expect(verifyHistory(record)).toMatchObject({ verified: true });
  });
});
