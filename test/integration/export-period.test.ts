import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { parse } from 'csv-parse/sync';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb/complaint-store';
import type { ComplaintChange } from '../../functions/core/complaint';
import { exportPage, type ExportRequest } from '../../functions/core/exports/export-page';
import { complaintFromCfpbRow } from '../../functions/core/import/cfpb-row';
import { receiveComplaint } from '../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../functions/core/intake/validate-submission';
import type { ListPosition } from '../../functions/core/ports';
import { ensureTable, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';
import { sampleSubmission } from '../harness/sample';
import { SETTINGS } from '../unit/core/test-policy';

const ORG = 'org-new-york';
const TIME_ZONE = 'America/New_York';
const clock = { now: () => new Date('2020-03-01T00:00:00.000Z') };

let db: DynamoDbLocal;
let client: DynamoDBClient;
let store: DynamoDbComplaintStore;

/** A platform complaint received at `receivedAt` by an organization in New York. */
function received(name: string, receivedAt: string): ComplaintChange {
  const settings = { ...SETTINGS, organizationId: ORG, timeZone: TIME_ZONE };
  const at = new Date(receivedAt);
  return receiveComplaint(validateSubmission(sampleSubmission({ occurredOn: '2020-01-01' }), at, TIME_ZONE), { id: `id-${name}`, reference: `CP-${name}`, accessCode: 'AAAAA-BBBBB', receivedAt: at, actor: { kind: 'COMPLAINANT' } }, settings);
}

/** A complaint imported from the CFPB's data, received on `day`. */
function imported(sourceId: string, day: string): ComplaintChange {
  const row = {
    'Date received': day, Product: 'Mortgage', 'Sub-product': '', Issue: 'Trouble during payment process', 'Sub-issue': '',
    'Consumer complaint narrative': '', 'Company public response': '', Company: 'EXAMPLE BANK', State: 'NY', 'ZIP code': '', Tags: '',
    'Consumer consent provided?': 'N/A', 'Submitted via': 'Web', 'Date sent to company': day, 'Company response to consumer': 'Closed with explanation',
    'Timely response?': 'Yes', 'Consumer disputed?': 'N/A', 'Complaint ID': sourceId,
  };
  const result = complaintFromCfpbRow(row, { organizationId: ORG, importedAt: clock.now() });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.change;
}

beforeAll(async () => {
  db = await startDynamoDbLocal(await freePort());
  client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(client, 'complaints');
  store = new DynamoDbComplaintStore(client, 'complaints');
  // New York is five hours behind UTC in January; an import stores its day at 00:00Z, 19:00 the evening before there.
  for (const change of [
    received('LAST-MOMENT-OF-9TH', '2020-01-10T04:59:59.999Z'),
    received('FIRST-MOMENT-OF-10TH', '2020-01-10T05:00:00.000Z'),
    received('LATE-ON-10TH', '2020-01-11T04:59:00.000Z'),
    received('FIRST-MOMENT-OF-11TH', '2020-01-11T05:00:00.000Z'),
    imported('1001', '2020-01-10'),
    imported('1002', '2020-01-11'),
  ]) {
    await store.create(change);
  }
});
afterAll(async () => {
  client?.destroy();
  await db?.stop();
});

const request = (after?: ListPosition): ExportRequest => ({ organizationId: ORG, timeZone: TIME_ZONE, period: { from: '2020-01-10', to: '2020-01-10' }, format: 'FULL', first: 1, after });

describe('an export of one day of an organization west of UTC', () => {
  it("holds exactly the complaints of that day in the organization's calendar, imported ones by their source's date, oldest first", async () => {
    let csv = '';
    let after: ListPosition | undefined;
    do {
      const page = await exportPage({ store, clock }, request(after));
      csv += page.csv;
      after = page.next;
    } while (after);
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(rows.map((r) => [r.reference, r.receivedOn])).toEqual([
      ['CFPB-1001', '2020-01-10'],
      ['CP-FIRST-MOMENT-OF-10TH', '2020-01-10'],
      ['CP-LATE-ON-10TH', '2020-01-10'],
    ]);
  });

  it('refuses a cursor taken from an export of another period', async () => {
    const otherPeriod = { ...request(), period: { from: '2020-01-11', to: '2020-01-11' } };
    const { next } = await exportPage({ store, clock }, otherPeriod);
    await expect(exportPage({ store, clock }, { ...otherPeriod, period: { from: '2019-12-01', to: '2019-12-31' }, after: next })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'after', message: 'belongs to an export of another period' }],
    });
  });
});
