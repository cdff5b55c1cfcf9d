import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DeleteItemCommand, GetItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { FileDigestArchive } from '../../functions/adapters/local/digest-files';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import { auditReportLines, verifyAudit } from '../../functions/core/audit/verify-audit';
import { verificationDependencies } from '../../functions/wiring/audit-digests';
import { complaintStore, dynamoDbClient } from '../../functions/wiring/dynamodb';
import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { ADMIN, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Tamper-evident history through the local stack: complaints are changed on two days,
 * the digest timer signs both days, then audit items are changed, deleted and reordered
 * directly in DynamoDB Local and digest files edited and swapped, as someone with write
 * access to the table or the files could. verifyComplaintHistory names the first bad entry.
 */
const execFileAsync = promisify(execFile);
const ROOT = resolve(__dirname, '..', '..');

const DAY1 = '2026-12-01T23:00:00.000Z';
const DAY2 = '2026-12-02T00:10:00.000Z';
const DAY3 = '2026-12-03T00:30:00.000Z';

const VERIFY = `query($id: ID!) { verifyComplaintHistory(id: $id) { verified entries sealedFromVersion digestDays problem { code version action at day } } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptComplaint(id: $id, expectedVersion: $v, note: "within scope") { version } }`;
const NOTE = `mutation($id: ID!, $v: Int!) { addInternalNote(id: $id, expectedVersion: $v, text: "Called back on 138 0013 8000") { version } }`;
const ERASE = `mutation($email: String!) { eraseComplainantData(email: $email) { erasedComplaints } }`;

describe('tamper-evident complaint history', () => {
  const clock = new FakeClock(DAY1);
  let stack: LocalStack;
  const complaints: Record<string, string> = {};
  const emails: Record<string, string> = {};

  const verify = async (id: string) => {
    const res = await graphql(stack, VERIFY, { id }, ADMIN);
    expect(res.errors).toBeUndefined();
    return res.data!.verifyComplaintHistory;
  };
  const db = () => dynamoDbClient(stack.config);
  const table = () => stack.config.tableName;
  const digestFile = (day: string) => new FileDigestArchive(stack.config.auditDigests.dir!).path('default', day);

  beforeAll(async () => {
    stack = await startTestStack({ clock, waitPollMs: 25 });
    const names = ['untouched', 'edited', 'deleted', 'reordered', 'erased'];
    for (const name of names) {
      const input = sampleSubmission();
      input.complainant.email = emails[name] = `audit-${name}-${process.pid}@example.com`;
      const res = await graphql(stack, SUBMIT, { input });
      expect(res.errors).toBeUndefined();
      complaints[name] = res.data!.submitComplaint.complaint.id;
      expect((await graphql(stack, ACCEPT, { id: complaints[name], v: 1 }, ADMIN)).errors).toBeUndefined();
    }
    clock.set(DAY2);
    for (const name of names) {
      const current = (await graphql(stack, `query($id: ID!) { complaint(id: $id) { version } }`, { id: complaints[name] }, ADMIN)).data!.complaint.version;
      expect((await graphql(stack, NOTE, { id: complaints[name], v: current }, ADMIN)).errors).toBeUndefined();
    }
    clock.set(DAY3);
    await stack.auditDigests.runNow();
  }, 120_000);
  afterAll(() => stack?.stop());

  it('verifies an untouched history against its chain and the signed digests of both days it changed on', async () => {
    expect(await verify(complaints.untouched)).toMatchObject({ verified: true, sealedFromVersion: 1, digestDays: ['2026-12-01', '2026-12-02'], problem: null });
  });

  it('names the entry whose action was changed directly in DynamoDB', async () => {
    await db().send(
      new UpdateItemCommand({
        TableName: table(),
        Key: marshall(keys.audit(complaints.edited, 2)),
        UpdateExpression: 'SET #action = :action',
        ExpressionAttributeNames: { '#action': 'action' },
        ExpressionAttributeValues: marshall({ ':action': 'REJECTED' }),
      }),
    );
    expect(await verify(complaints.edited)).toMatchObject({ verified: false, problem: { code: 'HASH_MISMATCH', version: 2, action: 'REJECTED', at: DAY1 } });
  });

  it('names an audit item deleted from the table by its version', async () => {
    await db().send(new DeleteItemCommand({ TableName: table(), Key: marshall(keys.audit(complaints.deleted, 2)) }));
    expect(await verify(complaints.deleted)).toMatchObject({ verified: false, problem: { code: 'MISSING_ENTRY', version: 2, action: null } });
  });

  it('names the first entry out of its place when two audit items swap sort keys', async () => {
    const get = async (version: number) => unmarshall((await db().send(new GetItemCommand({ TableName: table(), Key: marshall(keys.audit(complaints.reordered, version)) }))).Item!);
    const [second, third] = [await get(2), await get(3)];
    for (const v of [2, 3]) await db().send(new DeleteItemCommand({ TableName: table(), Key: marshall(keys.audit(complaints.reordered, v)) }));
    await db().send(new PutItemCommand({ TableName: table(), Item: marshall({ ...second, SK: keys.audit(complaints.reordered, 3).SK }) }));
    await db().send(new PutItemCommand({ TableName: table(), Item: marshall({ ...third, SK: keys.audit(complaints.reordered, 2).SK }) }));
    expect(await verify(complaints.reordered)).toMatchObject({ verified: false, problem: { code: 'OUT_OF_ORDER', version: third.version, action: third.action } });
  });

  it('keeps verifying, digests included, after the complainant\'s personal data is erased', async () => {
    expect((await graphql(stack, ERASE, { email: emails.erased }, ADMIN)).data!.eraseComplainantData).toEqual({ erasedComplaints: 1 });
    expect(await verify(complaints.erased)).toMatchObject({ verified: true, digestDays: ['2026-12-01', '2026-12-02'], problem: null });
  });

  it('detects a digest file edited after it was signed', async () => {
    const file = digestFile('2026-12-01');
    const original = readFileSync(file, 'utf8');
    try {
      const signed = JSON.parse(original);
      signed.digest.heads = signed.digest.heads.filter((h: { complaintId: string }) => h.complaintId !== complaints.untouched);
      writeFileSync(file, JSON.stringify(signed));
      expect(await verify(complaints.untouched)).toMatchObject({ verified: false, problem: { code: 'DIGEST_INVALID', version: 1, day: '2026-12-01' } });
    } finally {
      writeFileSync(file, original);
    }
  });

  it('detects two days\' digest files swapped', async () => {
    const [a, b] = [digestFile('2026-12-01'), digestFile('2026-12-02')];
    const [first, second] = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
    try {
      writeFileSync(a, second);
      writeFileSync(b, first);
      expect(await verify(complaints.untouched)).toMatchObject({ verified: false, problem: { code: 'DIGEST_MISMATCH', version: 1, day: '2026-12-01' } });
    } finally {
      writeFileSync(a, first);
      writeFileSync(b, second);
    }
  });

  it('gives the operator\'s check (npm run verify-audit) the same answers, naming each complaint\'s first bad entry', async () => {
    const deps = { store: complaintStore(stack.config), ...verificationDependencies(stack.config) };
    const one = await verifyAudit(deps, { organizationId: 'default', complaintIds: [complaints.untouched] });
    expect(one.ok).toBe(true);
    const all = await verifyAudit(deps, { organizationId: 'default' });
    const lines = auditReportLines(all, 'default');
    expect(all.ok).toBe(false);
    expect(lines).toEqual(
      expect.arrayContaining([
        'digest default/2026-12-01: ok (5 complaints)',
        'digest default/2026-12-02: ok (5 complaints)',
        expect.stringMatching(new RegExp(`^complaint ${complaints.edited} \\(CP-[0-9A-Z-]+\\): HASH_MISMATCH at version 2 \\(REJECTED, `)),
        expect.stringMatching(new RegExp(`^complaint ${complaints.deleted} \\(CP-[0-9A-Z-]+\\): MISSING_ENTRY at version 2`)),
        expect.stringMatching(new RegExp(`^complaint ${complaints.untouched} \\(CP-[0-9A-Z-]+\\): verified, 3 entries, signed on 2026-12-01, 2026-12-02$`)),
      ]),
    );
    expect(lines[lines.length - 1]).toBe('Audit NOT verified: see the first failing entry above.');
  });

  it('npm run verify-audit exits 1 naming the first bad entry, and 0 when the complaint verifies', async () => {
    // The script with the environment the local stack gives its functions (table, endpoint, digest folder and key).
    const run = (...args: string[]) =>
      execFileAsync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/verify-audit.ts', ...args], { cwd: ROOT, env: process.env }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    const bad = await run('--complaint', complaints.edited);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`complaint ${complaints.edited} \\(CP-[0-9A-Z-]+\\): HASH_MISMATCH at version 2 \\(REJECTED, ${DAY1}\\)`));
    const good = await run('--complaint', complaints.untouched, '--day', '2026-12-02');
    expect(good).toEqual({ code: 0, stdout: expect.stringContaining('digest default/2026-12-02: ok (5 complaints)') });
  }, 60_000);
});
