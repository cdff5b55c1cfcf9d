import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import type { AnalyticsDimension } from '../../functions/core/analytics/facts';
import type { Logger } from '../../functions/core/logger';
import { createStatsStreamHandler } from '../../functions/streams/stats-stream';
import { statsStore } from '../../functions/wiring/dynamodb';
import { freePort } from '../../local/preflight';
import type { LocalStack, LocalStackOptions } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { act, submit } from '../harness/lifecycle';
import { startTestStack, statsSettled } from '../harness/local-stack';

// Monday 30 Nov 2026, 10:00 in Shanghai, the default organization's time zone.
const RECEIVED = '2026-11-30T02:00:00.000Z';
const DAY = '2026-11-30';
const HOUR = 3_600_000;
const ORG = 'default';
const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The counters of one group on the day, or undefined when there is no such cell. */
async function cell(stack: LocalStack, dimension: AnalyticsDimension, key: string) {
  const { cells } = await statsStore(stack.config).cells(ORG, dimension, DAY, DAY);
  return cells.find((c) => c.key === key)?.counters;
}

/** The complaint item as the stream would carry it: Lambda's image shape (no binary values here). */
async function complaintImage(stack: LocalStack, id: string): Promise<Record<string, AttributeValue>> {
  const client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: stack.config.region });
  const { Item } = await client.send(new GetItemCommand({ TableName: stack.config.tableName, Key: { PK: { S: keys.complaint(id).PK }, SK: { S: 'COMPLAINT' } } }));
  client.destroy();
  return Item as Record<string, AttributeValue>;
}

const record = (image: Record<string, AttributeValue>, sequence: string): DynamoDBRecord => ({
  eventName: 'MODIFY',
  dynamodb: { Keys: { PK: image.PK, SK: image.SK }, NewImage: image, SequenceNumber: sequence, StreamViewType: 'NEW_IMAGE' },
});

describe('aggregates kept from the table stream on the local stack', () => {
  const time = new FakeClock(RECEIVED);
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
  });
  afterAll(() => stack?.stop());

  it('counts each submitted complaint once under every dimension', async () => {
    await submit(stack, { category: 'Roaming charges', product: 'Travel pass' });
    await submit(stack, { category: 'Roaming charges', product: undefined, channel: 'PHONE' });
    await statsSettled(stack);

    expect(await cell(stack, 'CATEGORY', 'Roaming charges')).toMatchObject({ received: 2 });
    expect(await cell(stack, 'PRODUCT', 'Travel pass')).toMatchObject({ received: 1 });
    expect(await cell(stack, 'PRODUCT', '(none)')).toMatchObject({ received: 1 });
    expect(await cell(stack, 'CHANNEL', 'PHONE')).toMatchObject({ received: 1 });
    expect((await cell(stack, 'ALL', ORG))?.received).toBeGreaterThanOrEqual(2);
    expect((await cell(stack, 'OUTCOME', 'OPEN'))?.received).toBeGreaterThanOrEqual(2);
  });

  it('adds the acceptance and its duration when a complaint is accepted', async () => {
    const s = await submit(stack, { category: 'Billing errors' });
    time.advance(2 * HOUR);
    await act(stack, 'admin', 'accept', s.id);
    await statsSettled(stack);

    // Two hours is in the second bucket (up to 4 hours).
    expect(await cell(stack, 'CATEGORY', 'Billing errors')).toMatchObject({ received: 1, accepted: 1, acceptanceN: 1, acceptanceSeconds: 7200, acceptanceB1: 1 });
  });

  it('counts a complaint once when its stream record is replayed or an older version arrives late', async () => {
    const s = await submit(stack, { category: 'Replayed records' });
    await act(stack, 'admin', 'accept', s.id);
    await statsSettled(stack);
    const before = await cell(stack, 'CATEGORY', 'Replayed records');
    const image = await complaintImage(stack, s.id);
    const older = { ...image, version: { N: '1' }, decision: { NULL: true } } as Record<string, AttributeValue>;
    const handler = createStatsStreamHandler(statsStore(stack.config), silent);

    const replay = await handler({ Records: [record(image, '1'), record(older, '2')] });

    expect(replay.batchItemFailures).toEqual([]);
    expect(await cell(stack, 'CATEGORY', 'Replayed records')).toEqual(before);
    expect(before).toMatchObject({ received: 1, accepted: 1 });
  });

  it('ignores the records of items other than complaints', async () => {
    const s = await submit(stack, { category: 'Other items' });
    await statsSettled(stack);
    const image = await complaintImage(stack, s.id);
    const audit = { ...image, SK: { S: 'AUDIT#0000000002' } } as Record<string, AttributeValue>;
    const reference = { ...image, PK: { S: 'REFERENCE#X' }, SK: { S: 'COMPLAINT' } } as Record<string, AttributeValue>;
    const handler = createStatsStreamHandler(statsStore(stack.config), silent);

    const out = await handler({ Records: [record(audit, '1'), record(reference, '2')] });

    expect(out.batchItemFailures).toEqual([]);
    expect(await cell(stack, 'CATEGORY', 'Other items')).toMatchObject({ received: 1 });
  });
});

describe('the stream poller across a restart of the local stack with its data kept', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-stats-restart-'));
  const time = new FakeClock(RECEIVED);
  let options: LocalStackOptions;
  let stack: LocalStack | undefined;

  beforeAll(async () => {
    options = { clock: time, dataDir, waitPollMs: 25, ports: { api: 0, ses: 0, workflow: 0, dynamodb: await freePort() } };
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads the stream again from its start without counting anything twice, and counts what comes after', async () => {
    stack = await startTestStack(options);
    await submit(stack, { category: 'Across restarts' });
    await statsSettled(stack);
    await stack.stop();
    stack = undefined;

    stack = await startTestStack(options);
    await statsSettled(stack);
    expect(await cell(stack, 'CATEGORY', 'Across restarts')).toMatchObject({ received: 1 });

    await submit(stack, { category: 'Across restarts' });
    await statsSettled(stack);
    expect(await cell(stack, 'CATEGORY', 'Across restarts')).toMatchObject({ received: 2 });
    // Two stack starts, each with its data on disk.
  }, 120_000);
});
