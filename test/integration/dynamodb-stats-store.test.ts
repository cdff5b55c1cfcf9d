import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DynamoDbStatsStore } from '../../functions/adapters/dynamodb/stats-store';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import { complaintFacts } from '../../functions/core/analytics/facts';
import { createTableInput, ensureTable, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';
import { complaintOn, ORG } from '../unit/analytics/fixtures';

const DAY = '2026-11-30';
let db: DynamoDbLocal;
let client: DynamoDBClient;
let store: DynamoDbStatsStore;

beforeAll(async () => {
  db = await startDynamoDbLocal(await freePort());
  client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(client, 'complaints');
  store = new DynamoDbStatsStore(client, 'complaints');
});
afterAll(async () => {
  client?.destroy();
  await db?.stop();
});

const categoryCell = async (category: string, day = DAY) => (await store.cells(ORG, 'CATEGORY', day, day)).cells.find((c) => c.key === category);

describe('the DynamoDB stats store', () => {
  it('keeps a cell per group and day with the counters as numbers, and nothing else among them', async () => {
    const c = complaintOn(DAY, { category: 'Cells', acceptedAfterHours: 2 });

    expect(await store.apply(c.id, c.version, complaintFacts(c))).toBe(true);

    expect(await categoryCell('Cells')).toEqual({
      dimension: 'CATEGORY',
      day: DAY,
      key: 'Cells',
      counters: { received: 1, accepted: 1, acceptanceN: 1, acceptanceSeconds: 7200, acceptanceB1: 1 },
    });
  });

  it('changes nothing when the same or an older version is applied again', async () => {
    const v1 = complaintOn(DAY, { category: 'Replays' });
    const v2 = { ...v1, version: 2, decision: { accepted: true, at: v1.receivedAt } };
    await store.apply(v1.id, 1, complaintFacts(v1));
    await store.apply(v2.id, 2, complaintFacts(v2));

    expect(await store.apply(v2.id, 2, complaintFacts(v2))).toBe(false);
    expect(await store.apply(v1.id, 1, complaintFacts(v1))).toBe(false);

    expect((await categoryCell('Replays'))?.counters).toMatchObject({ received: 1, accepted: 1 });
  });

  it('applies concurrent versions of one complaint exactly once each, ending with the newest', async () => {
    const base = complaintOn(DAY, { category: 'Racing' });
    const versions = Array.from({ length: 8 }, (_, i) => ({ ...base, version: i + 1, reopenCount: i % 2 }));

    await Promise.all(versions.map((v) => store.apply(v.id, v.version, complaintFacts(v))));

    // Version 8 has reopenCount 1; whichever order they landed in, the cell holds its facts once.
    expect((await categoryCell('Racing'))?.counters).toMatchObject({ received: 1, reopened: 1 });
    const marker = await client.send(new GetItemCommand({ TableName: 'complaints', Key: marshall(keys.statsMarker(base.id)), ConsistentRead: true }));
    expect(unmarshall(marker.Item!).version).toBe(8);
  });

  it('takes a removed complaint out of its cells', async () => {
    const c = complaintOn(DAY, { category: 'Gone' });
    await store.apply(c.id, 1, complaintFacts(c));

    expect(await store.apply(c.id, 2, null)).toBe(true);

    expect((await categoryCell('Gone'))?.counters.received).toBe(0);
  });

  it('reads the cells of a range of days, in day and key order, and says how many items that took', async () => {
    const days = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'];
    for (const day of days) for (const n of [1, 2, 3]) {
      const c = complaintOn(day, { category: `Range ${n}` });
      await store.apply(c.id, 1, complaintFacts(c));
    }

    const { cells, itemsRead } = await store.cells(ORG, 'CATEGORY', '2026-10-02', '2026-10-03');

    expect(cells.map((c) => `${c.day} ${c.key}`)).toEqual(['2026-10-02 Range 1', '2026-10-02 Range 2', '2026-10-02 Range 3', '2026-10-03 Range 1', '2026-10-03 Range 2', '2026-10-03 Range 3']);
    expect(itemsRead).toBe(6);
  });

  it('reads groups on the last day of a range whatever characters their names begin with', async () => {
    for (const category of ['Plain', '📱 Mobile', '\uffff last']) {
      const c = complaintOn('2026-09-15', { category });
      await store.apply(c.id, 1, complaintFacts(c));
    }

    const { cells } = await store.cells(ORG, 'CATEGORY', '2026-09-15', '2026-09-15');

    expect(cells.map((c) => c.key).sort()).toEqual(['Plain', '\uffff last', '📱 Mobile'].sort());
  });
});

describe('a table kept from before the stream', () => {
  it('gets its stream turned on when the local stack next starts', async () => {
    const { StreamSpecification: _, ...withoutStream } = createTableInput('before-streams');
    await client.send(new CreateTableCommand(withoutStream));

    await ensureTable(client, 'before-streams');

    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'before-streams' }));
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    expect(Table?.LatestStreamArn).toBeDefined();
  });
});
