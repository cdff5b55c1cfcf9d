import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb/complaint-store';
import { complaintFromCfpbRow } from '../../functions/core/import/cfpb-row';
import { importCfpbComplaints } from '../../functions/core/import/import-complaints';
import { ensureTable, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';
import { readCfpbCsv } from '../../scripts/cfpb-csv';
import { FakeClock } from '../harness/fake-clock';
import { verifyHistory } from '../../functions/core/audit/verify-history';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = resolve(ROOT, 'test/fixtures/cfpb/sample-50.csv');
const BAD_ROWS = resolve(ROOT, 'test/fixtures/cfpb/bad-rows.csv');
const IMPORTED_AT = '2026-11-30T08:00:00.000Z';

let db: DynamoDbLocal;
let client: DynamoDBClient;
let tables = 0;

beforeAll(async () => {
  db = await startDynamoDbLocal(await freePort());
  client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
});
afterAll(async () => {
  client?.destroy();
  await db?.stop();
});

/** Each test imports into a table of its own. */
async function freshTable(): Promise<{ table: string; store: DynamoDbComplaintStore }> {
  tables += 1;
  const table = `import-${tables}`;
  await ensureTable(client, table);
  return { table, store: new DynamoDbComplaintStore(client, table) };
}

const runImport = (store: DynamoDbComplaintStore, file: string) =>
  importCfpbComplaints(readCfpbCsv(file), { store, clock: new FakeClock(IMPORTED_AT), organizationId: 'org-1' });

const rowsOf = (file: string) => parse(readFileSync(file), { columns: true, relax_column_count: true }) as Array<Record<string, string>>;

describe('importing a CFPB export into DynamoDB', () => {
  it('stores every row as its complaint, with an IMPORTED audit entry, no emails and no workflow', async () => {
    const { store } = await freshTable();
    const result = await runImport(store, SAMPLE);
    expect(result).toEqual({ imported: 50, alreadyPresent: 0, bad: 0, badRows: [] });
    for (const row of rowsOf(SAMPLE)) {
      const expected = complaintFromCfpbRow(row, { organizationId: 'org-1', importedAt: new Date(IMPORTED_AT) });
      if (!expected.ok) throw new Error('the fixture row should be valid');
      const { accessCodeHash: _hash, ...mapped } = expected.change.complaint;
      const record = await store.getRecordByReference(`CFPB-${row['Complaint ID']}`);
      const hex = expect.stringMatching(/^[0-9a-f]{64}$/);
      expect(record?.complaint).toEqual({ ...mapped, accessCodeHash: hex, auditHead: hex, personalSalt: hex });
      expect(record?.history).toEqual([{ complaintId: mapped.id, version: 1, at: IMPORTED_AT, actor: { kind: 'SYSTEM' }, action: 'IMPORTED', stateDigest: hex, hash: hex }]);
      // Imported complaints are sealed like submitted ones.
      expect(verifyHistory(record!).verified).toBe(true);
      expect(record?.notifications).toEqual([]);
    }
    expect(await store.openWorkflows()).toEqual([]);
  });

  it('adds nothing on a second run and reports every row as already present', async () => {
    const { store } = await freshTable();
    await runImport(store, SAMPLE);
    const before = await store.getRecordByReference('CFPB-3384392');
    const again = await runImport(store, SAMPLE);
    expect(again).toEqual({ imported: 0, alreadyPresent: 50, bad: 0, badRows: [] });
    expect(await store.getRecordByReference('CFPB-3384392')).toEqual(before);
  });

  it('reports bad rows by the line they start on and writes nothing of them', async () => {
    const { store } = await freshTable();
    const result = await runImport(store, BAD_ROWS);
    expect(result.badRows).toEqual([
      { line: 4, field: 'Complaint ID', problem: 'is required' },
      { line: 5, field: 'Date received', problem: 'must be a date YYYY-MM-DD' },
      { line: 6, field: 'Submitted via', problem: 'must be one of: Web, Email, Phone, Postal mail, Fax, Referral' },
      { line: 8, field: 'row', problem: 'has 17 columns, expected 18' },
      { line: 12, field: 'Product', problem: 'must be at most 100 characters' },
    ]);
    expect(result).toMatchObject({ imported: 3, alreadyPresent: 0, bad: 5 });
    for (const good of ['3384392', '3571115', '3558212']) expect(await store.getRecordByReference(`CFPB-${good}`)).not.toBeNull();
    for (const bad of ['3146310', '3558134', '3446074']) expect(await store.getRecordByReference(`CFPB-${bad}`)).toBeNull();
  });

  it('runs from the command line against the configured table and prints the summary', async () => {
    const { table, store } = await freshTable();
    const { stdout } = await promisify(execFile)(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', BAD_ROWS, '--org', 'cli-org'], {
      cwd: ROOT,
      env: { ...process.env, TABLE_NAME: table, DYNAMODB_ENDPOINT: db.endpoint, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
    });
    expect(stdout).toMatch(/Import finished: 3 imported, 0 already present, 5 bad \(8 rows in/);
    expect(stdout).toContain('line 4: Complaint ID: is required');
    expect(stdout).toContain('line 12: Product: must be at most 100 characters');
    expect((await store.getRecordByReference('CFPB-3384392'))?.complaint.organizationId).toBe('cli-org');
  });
});
