import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { verifyAudit } from '../../functions/core/audit/verify-audit';
import { verificationDependencies } from '../../functions/wiring/audit-digests';
import { complaintStore } from '../../functions/wiring/dynamodb';
import { backupDataFolder, restoreDataFolder } from '../../local/data-backup';
import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { ADMIN, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * A data folder backed up and restored into a new folder, as `npm run backup` and `npm run restore`
 * do: a stack started on the restored folder shows the same complaints, files, settings and search,
 * and its audit trail (hash chains and signed digests) still verifies.
 */
const REQUEST_EVIDENCE_UPLOAD = `mutation($id: ID!, $file: FileUploadInput!) { requestEvidenceUpload(id: $id, file: $file) { fileId url headers { name value } } }`;
const ADD_EVIDENCE = `mutation($id: ID!, $v: Int!, $evidence: EvidenceInput!) { addEvidence(id: $id, expectedVersion: $v, evidence: $evidence) { version } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptComplaint(id: $id, expectedVersion: $v, note: "within scope") { version } }`;
const RECORD = `query($id: ID!) {
  complaint(id: $id) {
    id reference status version category complainant { name email }
    history { at action }
    entries { kind text evidence { contentHash file { name size sha256 downloadUrl } } }
  }
}`;
const SETTINGS = `query { organizationSettings { timeZone calendarId staff { id name } categories } }`;
const SEARCH = `query($text: String!) { complaints(filter: { search: $text }) { edges { node { id } } } }`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a data folder backed up and restored into a new folder', () => {
  const clock = new FakeClock('2026-12-01T09:00:00.000Z');
  const base = mkdtempSync(join(tmpdir(), 'complaint-backup-'));
  const original = join(base, 'original');
  const restored = join(base, 'restored');
  const backup = join(base, 'backup.jsonl.gz');
  const bytes = Buffer.from('%PDF-1.4 bank statement showing the duplicate charge');
  const ids: string[] = [];
  let before: Array<Record<string, unknown>> = [];
  let settingsBefore: unknown;
  let stack: LocalStack;

  const ok = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = ADMIN) => {
    const res = await graphql(stack, query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  /** What a member of staff sees, without the download links (signed for the moment they are made). */
  const records = async () =>
    Promise.all(
      ids.map(async (id) => {
        const { complaint } = await ok(RECORD, { id });
        for (const e of complaint.entries) if (e.evidence?.file) delete e.evidence.file.downloadUrl;
        return complaint;
      }),
    );

  beforeAll(async () => {
    stack = await startTestStack({ clock, dataDir: original, demoOrganization: true, waitPollMs: 25 });
    for (const category of ['Fees', 'Service']) {
      const input = sampleSubmission({ category });
      ids.push((await ok(SUBMIT, { input }, {})).submitComplaint.complaint.id);
    }
    await ok(ACCEPT, { id: ids[0], v: 1 });
    const upload = (await ok(REQUEST_EVIDENCE_UPLOAD, { id: ids[0], file: { name: 'statement.pdf', contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) } })).requestEvidenceUpload;
    expect((await fetch(upload.url, { method: 'PUT', headers: Object.fromEntries(upload.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body: bytes })).status).toBe(200);
    const { complaint } = await ok(`query($id: ID!) { complaint(id: $id) { version } }`, { id: ids[0] });
    await ok(ADD_EVIDENCE, { id: ids[0], v: complaint.version, evidence: { description: 'Bank statement', source: 'complainant', fileId: upload.fileId } });
    // The next day: the digest of the day the complaints changed is signed.
    clock.set('2026-12-02T01:00:00.000Z');
    await stack.auditDigests.runNow();
    await stack.streams.idle();
    before = await records();
    settingsBefore = (await ok(SETTINGS)).organizationSettings;
    await stack.stop();
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    await rm(base, { recursive: true, force: true });
  });

  it('gives back the same complaints, files, settings and search, and the audit trail still verifies', async () => {
    const written = await backupDataFolder({ dataDir: original, file: backup });
    expect(written.items).toBeGreaterThan(10);
    expect(await restoreDataFolder({ dataDir: restored, file: backup })).toEqual(written);

    stack = await startTestStack({ clock, dataDir: restored, waitPollMs: 25 });
    expect(await records()).toEqual(before);
    expect((await ok(SETTINGS)).organizationSettings).toEqual(settingsBefore);
    // The file's bytes, through a download link the restored stack signs.
    const { complaint } = await ok(RECORD, { id: ids[0] });
    const link = complaint.entries.find((e: { kind: string }) => e.kind === 'EVIDENCE').evidence.file.downloadUrl;
    expect(Buffer.from(await (await fetch(link)).arrayBuffer()).equals(bytes)).toBe(true);
    // The search index is keyed with the restored secret.
    expect((await ok(SEARCH, { text: 'Fees' })).complaints.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);

    const report = await verifyAudit({ store: complaintStore(stack.config), ...verificationDependencies(stack.config) }, { organizationId: 'default' });
    expect(report.digests.length).toBeGreaterThan(0);
    expect(report.complaints.map((c) => c.result?.verified)).toEqual(ids.map(() => true));
    expect(report.ok).toBe(true);
    await stack.stop();
  }, 180_000);

  it('refuses a folder that is not empty, and a cut-off backup, restoring nothing', async () => {
    await expect(restoreDataFolder({ dataDir: original, file: backup })).rejects.toThrow('is not empty');
    const lines = gunzipSync(readFileSync(backup)).toString().trimEnd().split('\n');
    const cut = join(base, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, -3).join('\n')));
    const target = join(base, 'from-cut');
    await expect(restoreDataFolder({ dataDir: target, file: cut })).rejects.toThrow('incomplete');
    expect(() => readFileSync(join(target, 'access-code-secret'))).toThrow();
  }, 120_000);
});
