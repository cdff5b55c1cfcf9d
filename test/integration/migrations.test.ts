import { ScanCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb/complaint-store';
import { FORMAT_ATTRIBUTE, CURRENT_ITEM_FORMAT } from '../../functions/adapters/dynamodb/item-format';
import { DynamoDbMigrationStore } from '../../functions/adapters/dynamodb/migration-store';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import { sealed } from '../../functions/core/audit/seal';
import { verifyHistory } from '../../functions/core/audit/verify-history';
import { nextVersion, SYSTEM } from '../../functions/core/complaint';
import { receiveComplaint } from '../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../functions/core/intake/validate-submission';
import type { Logger } from '../../functions/core/logger';
import { MIGRATIONS, VERSIONED_TYPES } from '../../functions/migrations/migrations';
import { runPendingMigrations, type ItemRewrite, type Migration, type StoredItem } from '../../functions/migrations/runner';
import { migrateTable } from '../../functions/wiring/migrations';
import { ensureTable } from '../../local/dynamodb-local';
import { dynamoDbLocalForFile } from '../harness/dynamodb-local-file';
import { FakeClock } from '../harness/fake-clock';
import { sampleSubmission } from '../harness/sample';
import { SETTINGS } from '../unit/core/test-policy';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const local = dynamoDbLocalForFile();
let client: DynamoDBClient;
let store: DynamoDbComplaintStore;
let table = 0;
let tableName: string;

beforeEach(async () => {
  client = local.client();
  table += 1;
  tableName = `complaints-${table}`;
  await ensureTable(client, tableName);
  store = new DynamoDbComplaintStore(client, tableName);
});

async function allItems(): Promise<StoredItem[]> {
  const out = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
  return (out.Items ?? []).map((i) => unmarshall(i) as StoredItem);
}

/** Complaints as the release before numbered formats wrote them: no format attribute on any item. */
async function complaintsOfThePreviousRelease(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const receivedAt = new Date(Date.UTC(2026, 10, 30, 2, 0, n));
    const change = sealed(
      receiveComplaint(validateSubmission(sampleSubmission(), receivedAt, SETTINGS.timeZone), { id: `m-${n}`, reference: `CP-20261130-M${String(n).padStart(5, '0')}`, accessCode: 'AAAAA-BBBBB', receivedAt, actor: { kind: 'COMPLAINANT' } }, SETTINGS),
    );
    await store.create(change);
    ids.push(change.complaint.id);
  }
  for (const item of await allItems()) {
    await client.send(new UpdateItemCommand({ TableName: tableName, Key: marshall({ PK: item.PK, SK: item.SK }), UpdateExpression: 'REMOVE #f', ExpressionAttributeNames: { '#f': FORMAT_ATTRIBUTE } }));
  }
  return ids;
}

describe('migrations over DynamoDB Local', () => {
  it('names the format of every item the previous release wrote, and the complaints read and verify as before', async () => {
    const ids = await complaintsOfThePreviousRelease(3);
    const before = await Promise.all(ids.map((id) => store.getRecord(id)));
    expect((await allItems()).some((i) => i[FORMAT_ATTRIBUTE] !== undefined)).toBe(false);

    expect(await migrateTable(client, tableName, { logger: silent })).toEqual({ done: true, applied: MIGRATIONS.map((m) => m.id), pending: [] });

    const items = await allItems();
    const versioned = items.filter((i) => (VERSIONED_TYPES as readonly unknown[]).includes(i.type));
    expect(versioned.length).toBeGreaterThan(ids.length * 3);
    expect(versioned.every((i) => i[FORMAT_ATTRIBUTE] === CURRENT_ITEM_FORMAT)).toBe(true);
    expect(await Promise.all(ids.map((id) => store.getRecord(id)))).toEqual(before);
    for (const record of before) expect(verifyHistory(record!).verified).toBe(true);
    expect(items.find((i) => i.PK === keys.migrations.PK)).toMatchObject({ applied: [{ id: MIGRATIONS[0].id, migrated: versioned.length }] });
  });

  it('rewrites nothing when run again', async () => {
    await complaintsOfThePreviousRelease(2);
    await migrateTable(client, tableName, { logger: silent });
    const after = await allItems();
    expect(await migrateTable(client, tableName, { logger: silent })).toEqual({ done: true, applied: [], pending: [] });
    expect(await allItems()).toEqual(after);
  });

  it('keeps a complaint change the application commits while its items are migrated', async () => {
    const [id] = await complaintsOfThePreviousRelease(1);
    await migrateTable(client, tableName, { logger: silent });
    // A later release's migration that derives an attribute from the complaint's status.
    const statusKey: Migration = {
      id: '0002-status-key',
      description: 'test',
      from: CURRENT_ITEM_FORMAT,
      to: CURRENT_ITEM_FORMAT + 1,
      types: ['Complaint'],
      reads: ['status'],
      transform: (item) => ({ set: { statusKey: String(item.status).toLowerCase() } }),
    };
    const real = new DynamoDbMigrationStore(client, tableName);
    let committed = false;
    // The application commits the next version between the runner's read of the complaint and its write.
    const racing = Object.assign(Object.create(real) as DynamoDbMigrationStore, {
      update: async (item: StoredItem, rewrite: ItemRewrite) => {
        if (!committed && item.SK === 'COMPLAINT') {
          committed = true;
          const record = await store.getRecord(id);
          await store.commit(nextVersion(record!.complaint, { status: 'INVESTIGATING' }, 'ACCEPTED', SYSTEM, new Date('2026-12-01T00:00:00Z')));
        }
        return real.update(item, rewrite);
      },
    });
    const run = await runPendingMigrations({ store: racing, clock: new FakeClock('2026-12-01T00:00:00Z'), logger: silent, migrations: [...MIGRATIONS, statusKey], timeLeftMs: () => 600_000 });
    expect(run.done).toBe(true);
    const record = await store.getRecord(id);
    expect(record?.complaint).toMatchObject({ version: 2, status: 'INVESTIGATING' });
    expect(await real.get(keys.complaint(id))).toMatchObject({ statusKey: 'investigating', [FORMAT_ATTRIBUTE]: CURRENT_ITEM_FORMAT + 1, version: 2 });
    expect(verifyHistory(record!).verified).toBe(true);
  });
});
