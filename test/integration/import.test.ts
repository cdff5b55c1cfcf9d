import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb/complaint-store';
import { complaintFromCfpbRow } from '../../functions/core/import/cfpb-row';
import { importCfpbComplaints } from '../../functions/core/import/import-complaints';
import { ensureTable } from '../../local/dynamodb-local';
import { readCfpbCsv } from '../../scripts/cfpb-csv';
import { openCfpbSource } from '../../scripts/cfpb-source';
import { dynamoDbLocalForFile } from '../harness/dynamodb-local-file';
import { FakeClock } from '../harness/fake-clock';
import { verifyHistory } from '../../functions/core/audit/verify-history';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = resolve(ROOT, 'test/fixtures/cfpb/sample-50.csv');
const BAD_ROWS = resolve(ROOT, 'test/fixtures/cfpb/bad-rows.csv');
const SIXTEEN_COLUMNS = resolve(ROOT, 'test/fixtures/cfpb/sixteen-columns.csv');
const HISTORICAL = resolve(ROOT, 'test/fixtures/cfpb/historical-values.csv');
const API_SEARCH = resolve(ROOT, 'test/fixtures/cfpb/api-search.json');
const API_COMPLAINTS = resolve(ROOT, 'test/fixtures/cfpb/api-complaints.json');
const NOTHING_UNKNOWN = { importedWithUnknownValues: 0, unknownValues: {} };
const IMPORTED_AT = '2026-11-30T08:00:00.000Z';

const local = dynamoDbLocalForFile();
let tables = 0;

/** Each test imports into a table of its own. */
async function freshTable(): Promise<{ table: string; store: DynamoDbComplaintStore }> {
  tables += 1;
  const table = `import-${tables}`;
  await ensureTable(local.client(), table);
  return { table, store: new DynamoDbComplaintStore(local.client(), table) };
}

const runImport = (store: DynamoDbComplaintStore, file: string) =>
  importCfpbComplaints(readCfpbCsv(file), { store, clock: new FakeClock(IMPORTED_AT), organizationId: 'org-1' });

/** As `npm run import` does: the reader the file's shape needs. */
const runImportOf = async (store: DynamoDbComplaintStore, file: string) =>
  importCfpbComplaints((await openCfpbSource(file)).rows(), { store, clock: new FakeClock(IMPORTED_AT), organizationId: 'org-1' });

const cli = (file: string, table: string) =>
  promisify(execFile)(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', file, '--org', 'cli-org'], {
    cwd: ROOT,
    env: { ...process.env, TABLE_NAME: table, DYNAMODB_ENDPOINT: local.endpoint(), AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
  });

const rowsOf = (file: string) => parse<Record<string, string>>(readFileSync(file), { columns: true, relax_column_count: true });

describe('importing a CFPB export into DynamoDB', () => {
  it('stores every row as its complaint, with an IMPORTED audit entry, no emails and no workflow', async () => {
    const { store } = await freshTable();
    const result = await runImport(store, SAMPLE);
    expect(result).toEqual({ imported: 50, alreadyPresent: 0, bad: 0, badRows: [], ...NOTHING_UNKNOWN });
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
    expect(again).toEqual({ imported: 0, alreadyPresent: 50, bad: 0, badRows: [], ...NOTHING_UNKNOWN });
    expect(await store.getRecordByReference('CFPB-3384392')).toEqual(before);
  });

  it('reports broken rows by the line they start on and writes nothing of them, and imports a row with an unknown value', async () => {
    const { store } = await freshTable();
    const result = await runImport(store, BAD_ROWS);
    expect(result.badRows).toEqual([
      { line: 4, field: 'Complaint ID', problem: 'is required' },
      { line: 5, field: 'Date received', problem: 'must be a date: YYYY-MM-DD, MM/DD/YYYY or an ISO-8601 timestamp' },
      { line: 8, field: 'row', problem: 'has 17 columns, expected 18' },
      { line: 12, field: 'Product', problem: 'must be at most 100 characters' },
    ]);
    expect(result).toMatchObject({ imported: 4, alreadyPresent: 0, bad: 4, importedWithUnknownValues: 1, unknownValues: { 'Submitted via': 1 } });
    for (const good of ['3384392', '3571115', '3558212']) expect(await store.getRecordByReference(`CFPB-${good}`)).not.toBeNull();
    for (const bad of ['3146310', '3446074']) expect(await store.getRecordByReference(`CFPB-${bad}`)).toBeNull();
    const pigeon = await store.getRecordByReference('CFPB-3558134');
    expect(pigeon?.complaint).toMatchObject({ channel: 'WEB', source: { fields: { submittedVia: 'Carrier pigeon' } } });
  });

  it('runs from the command line against the configured table and prints the summary', async () => {
    const { table, store } = await freshTable();
    const { stdout } = await cli(BAD_ROWS, table);
    expect(stdout).toMatch(/Import finished: 4 imported, 0 already present, 4 bad \(8 rows in/);
    expect(stdout).toContain('Imported with unknown values (kept as text, mapped to a fallback): 1 row; by column: Submitted via 1.');
    expect(stdout).not.toContain('Carrier pigeon');
    expect(stdout).toContain('line 4: Complaint ID: is required');
    expect(stdout).toContain('line 12: Product: must be at most 100 characters');
    expect((await store.getRecordByReference('CFPB-3384392'))?.complaint.organizationId).toBe('cli-org');
  });

  it('imports the 16-column export with its MM/DD/YYYY dates, keeping no consent', async () => {
    const { store } = await freshTable();
    expect(await runImportOf(store, SIXTEEN_COLUMNS)).toEqual({ imported: 6, alreadyPresent: 0, bad: 0, badRows: [], ...NOTHING_UNKNOWN });
    const withNarrative = await store.getRecordByReference('CFPB-3379372');
    expect(withNarrative?.complaint).toMatchObject({ receivedOn: '2019-09-19', status: 'CLOSED', narrativeConsent: false, source: { fields: { consumerConsent: '', consumerDisputed: '' } } });
    expect((await store.getRecordByReference('CFPB-3256304'))?.complaint).toMatchObject({ channel: 'PHONE', status: 'ACCEPTED', clocks: [{ state: 'BREACHED' }] });
  });

  it("imports the CFPB's historical values with no unknown value", async () => {
    const { store } = await freshTable();
    expect(await runImportOf(store, HISTORICAL)).toEqual({ imported: 9, alreadyPresent: 0, bad: 0, badRows: [], ...NOTHING_UNKNOWN });
    expect((await store.getRecordByReference('CFPB-90000001'))?.complaint).toMatchObject({ receivedOn: '2012-06-14', status: 'CLOSED', finalResponse: { outcome: 'UPHELD' } });
    expect((await store.getRecordByReference('CFPB-90000002'))?.complaint).toMatchObject({ status: 'CLOSED', finalResponse: { outcome: 'NOT_UPHELD', remedies: [] } });
    expect((await store.getRecordByReference('CFPB-90000003'))?.complaint.channel).toBe('PARTNER_API');
  });

  it("imports the API's search response and its plain list, each complaint as its CSV row would be", async () => {
    const { store } = await freshTable();
    expect(await runImportOf(store, API_SEARCH)).toEqual({ imported: 6, alreadyPresent: 0, bad: 0, badRows: [], ...NOTHING_UNKNOWN });
    expect(await runImportOf(store, API_COMPLAINTS)).toEqual({ imported: 3, alreadyPresent: 0, bad: 0, badRows: [], ...NOTHING_UNKNOWN });
    const search = JSON.parse(readFileSync(API_SEARCH, 'utf8')) as { hits: { hits: Array<{ _source: { complaint_id: string; date_received: string } }> } };
    for (const { _source } of search.hits.hits) {
      const record = await store.getRecordByReference(`CFPB-${_source.complaint_id}`);
      expect(record?.complaint.receivedOn).toBe(_source.date_received.slice(0, 10));
      expect(record?.history.map((h) => h.action)).toEqual(['IMPORTED']);
    }
    expect((await store.getRecordByReference('CFPB-3448530'))?.complaint).toMatchObject({ narrativeConsent: true, status: 'CLOSED' });
  });

  it('imports a JSON file from the command line, reporting its bad records by number', async () => {
    const { table, store } = await freshTable();
    const file = join(mkdtempSync(join(tmpdir(), 'cfpb-json-')), 'complaints.json');
    const [first, second] = JSON.parse(readFileSync(API_COMPLAINTS, 'utf8')) as Array<{ complaint_id: number } & Record<string, unknown>>;
    writeFileSync(file, JSON.stringify({ hits: { hits: [{ _source: first }, { _source: { ...second, company: null } }] } }));
    const { stdout } = await cli(file, table);
    expect(stdout).toMatch(/Import finished: 1 imported, 0 already present, 1 bad \(2 rows in/);
    expect(stdout).toContain('record 2: Company: is required');
    expect((await store.getRecordByReference(`CFPB-${first.complaint_id}`))?.complaint.organizationId).toBe('cli-org');
  });
});
