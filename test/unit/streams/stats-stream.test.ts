import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { auditItem, complaintItem } from '../../../functions/adapters/dynamodb/items';
import type { Complaint } from '../../../functions/core/complaint';
import type { Logger } from '../../../functions/core/logger';
import type { MetricName } from '../../../functions/core/metric-names';
import { createStatsStreamHandler } from '../../../functions/streams/stats-stream';
import { InMemoryStatsStore } from '../../harness/in-memory-stats-store';
import { complaintOn, ORG } from '../analytics/fixtures';

const DAY = '2026-11-30';
let sequence = 0;

// The SDK's attribute values have Lambda's JSON shape as long as no value is binary.
const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true }) as unknown as Record<string, AttributeValue>;

function written(item: Record<string, unknown>): DynamoDBRecord {
  const newImage = image(item);
  sequence += 1;
  return { eventName: 'MODIFY', dynamodb: { Keys: { PK: newImage.PK, SK: newImage.SK }, NewImage: newImage, SequenceNumber: String(sequence) } };
}

function removed(c: Complaint): DynamoDBRecord {
  const keys = image({ PK: `COMPLAINT#${c.id}`, SK: 'COMPLAINT' });
  sequence += 1;
  return { eventName: 'REMOVE', dynamodb: { Keys: keys, SequenceNumber: String(sequence) } };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (event: string, fields?: object) => lines.push(JSON.stringify({ event, ...fields }));
  return { lines, info: log, warn: log, error: log };
}

const received = async (store: InMemoryStatsStore, category: string) =>
  (await store.cells(ORG, 'CATEGORY', DAY, DAY)).cells.find((c) => c.key === category)?.counters.received;

describe('the stats stream handler', () => {
  it('applies each complaint record and leaves the records of other items alone', async () => {
    const store = new InMemoryStatsStore();
    const c = complaintOn(DAY, { category: 'Handled' });
    const handler = createStatsStreamHandler(store, recordingLogger());

    const out = await handler({ Records: [written(complaintItem(c)), written(auditItem({ complaintId: c.id, version: 1, at: c.receivedAt, actor: { kind: 'SYSTEM' }, action: 'COMPLAINT_RECEIVED' }))] });

    expect(out.batchItemFailures).toEqual([]);
    expect(await received(store, 'Handled')).toBe(1);
  });

  it('counts each rating of a reopened complaint once, through a reopening, replays and a late older version', async () => {
    const store = new InMemoryStatsStore();
    const resolved = complaintOn(DAY, { category: 'Reopened', resolvedAfterHours: 30 });
    const low = { rating: 1, resolved: false, at: '2026-12-03T00:00:00.000Z' };
    const reopened = { ...resolved, version: 9, status: 'REOPENED' as const, feedback: low, reopenCount: 1 };
    const closed = { ...reopened, version: 13, status: 'CLOSED' as const, earlierFeedback: [low], feedback: { rating: 5, resolved: true, at: '2026-12-06T00:00:00.000Z' } };
    const handler = createStatsStreamHandler(store, recordingLogger());

    await handler({ Records: [written(complaintItem(reopened)), written(complaintItem(closed)), written(complaintItem(closed)), written(complaintItem(reopened))] });

    const [cell] = (await store.cells(ORG, 'CATEGORY', DAY, DAY)).cells.filter((x) => x.key === 'Reopened');
    expect(cell.counters).toMatchObject({ received: 1, reopened: 1, rated: 2, ratingSum: 6, rating1: 1, rating5: 1, saidResolved: 1 });
  });

  it('counts a complaint once when its record is delivered again, and keeps the newer version when an older one arrives late', async () => {
    const store = new InMemoryStatsStore();
    const v1 = complaintOn(DAY, { category: 'Replayed' });
    const v2 = { ...v1, version: 2, decision: { accepted: true, at: v1.receivedAt } };
    const handler = createStatsStreamHandler(store, recordingLogger());

    await handler({ Records: [written(complaintItem(v1)), written(complaintItem(v2)), written(complaintItem(v2)), written(complaintItem(v1))] });

    const [cell] = (await store.cells(ORG, 'CATEGORY', DAY, DAY)).cells.filter((x) => x.key === 'Replayed');
    expect(cell.counters).toMatchObject({ received: 1, accepted: 1 });
  });

  it('takes a removed complaint out of the figures for good', async () => {
    const store = new InMemoryStatsStore();
    const c = complaintOn(DAY, { category: 'Removed' });
    const handler = createStatsStreamHandler(store, recordingLogger());

    await handler({ Records: [written(complaintItem(c)), removed(c), written(complaintItem(c))] });

    expect(await received(store, 'Removed')).toBe(0);
  });

  it('reports the first record that fails and applies nothing after it, so a retry keeps the order', async () => {
    const store = new InMemoryStatsStore();
    const [first, failing, after] = ['Before', 'Failing', 'After'].map((category) => complaintOn(DAY, { category }));
    const apply = store.apply.bind(store);
    store.apply = (id, version, facts) => (id === failing.id ? Promise.reject(new Error('Throttled')) : apply(id, version, facts));
    const records = [first, failing, after].map((c) => written(complaintItem(c)));

    const out = await createStatsStreamHandler(store, recordingLogger())({ Records: records });

    expect(out.batchItemFailures).toEqual([{ itemIdentifier: records[1].dynamodb!.SequenceNumber }]);
    expect(await received(store, 'Before')).toBe(1);
    expect(await received(store, 'After')).toBeUndefined();
  });

  it('logs counts, ids and error names, never what a complaint says', async () => {
    const store = new InMemoryStatsStore();
    const c = complaintOn(DAY);
    store.apply = () => Promise.reject(new Error(`Could not count ${c.complainant.name}`));
    const logger = recordingLogger();

    await createStatsStreamHandler(store, logger)({ Records: [written(complaintItem(c))] });

    expect(logger.lines.join('\n')).toContain(c.id);
    for (const secret of [c.complainant.name, c.facts, c.respondent.name]) expect(logger.lines.join('\n')).not.toContain(secret);
  });

  it('counts an imported complaint once, at its first version, however often the stream repeats it', async () => {
    const store = new InMemoryStatsStore();
    const counted: MetricName[] = [];
    const handler = createStatsStreamHandler(store, recordingLogger(), { count: (name) => void counted.push(name) });
    const imported = { ...complaintOn(DAY, { category: 'Imported' }), version: 1, source: { system: 'CFPB' as const, id: '4471', fields: {} } };
    const submitted = { ...complaintOn(DAY, { category: 'Submitted' }), id: 'submitted-1', version: 1 };

    await handler({ Records: [written(complaintItem(imported)), written(complaintItem(imported)), written(complaintItem(submitted)), written(complaintItem({ ...imported, version: 2 }))] });

    expect(counted).toEqual(['ComplaintsImported']);
  });
});
