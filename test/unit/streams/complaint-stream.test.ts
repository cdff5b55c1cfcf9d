import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { complaintItem } from '../../../functions/adapters/dynamodb/items';
import type { Complaint } from '../../../functions/core/complaint';
import type { Logger } from '../../../functions/core/logger';
import type { SearchIndexer } from '../../../functions/core/search/ports';
import { combineStreamHandlers } from '../../../functions/streams/combined-stream';
import { createSearchStreamHandler } from '../../../functions/streams/search-stream';
import { complaintOn } from '../analytics/fixtures';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true }) as unknown as Record<string, AttributeValue>;

function written(c: Complaint, sequence: string): DynamoDBRecord {
  const newImage = image(complaintItem(c));
  return { eventName: 'MODIFY', dynamodb: { Keys: { PK: newImage.PK, SK: newImage.SK }, NewImage: newImage, SequenceNumber: sequence } };
}

/** Records what it was given; fails on the complaints named. */
function indexer(failOn: string[] = []): SearchIndexer & { applied: Array<[string, number, boolean]> } {
  const applied: Array<[string, number, boolean]> = [];
  return {
    applied,
    apply: async (id, version, complaint) => {
      if (failOn.includes(id)) throw new Error('throttled');
      applied.push([id, version, complaint !== null]);
      return true;
    },
  };
}

describe('the search stream handler', () => {
  const a: Complaint = { ...complaintOn('2026-11-30'), id: 'a', version: 3 };
  const b: Complaint = { ...complaintOn('2026-11-30'), id: 'b', version: 1 };

  it('indexes each complaint record, and a removed complaint as gone', async () => {
    const search = indexer();
    const removed: DynamoDBRecord = { eventName: 'REMOVE', dynamodb: { Keys: image({ PK: 'COMPLAINT#b', SK: 'COMPLAINT' }), SequenceNumber: '3' } };
    const other: DynamoDBRecord = { eventName: 'INSERT', dynamodb: { Keys: image({ PK: 'COMPLAINT#a', SK: 'AUDIT#0000000003' }), SequenceNumber: '4' } };
    expect(await createSearchStreamHandler(search, silent)({ Records: [written(a, '1'), written(b, '2'), removed, other] })).toEqual({ batchItemFailures: [] });
    expect(search.applied).toEqual([['a', 3, true], ['b', 1, true], ['b', Number.MAX_SAFE_INTEGER, false]]);
  });

  it('reports the first record it could not index, so the batch is retried from there in order', async () => {
    const search = indexer(['b']);
    const result = await createSearchStreamHandler(search, silent)({ Records: [written(a, '1'), written(b, '2'), written(a, '3')] });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(search.applied).toEqual([['a', 3, true]]);
  });
});

describe('the combined stream handler', () => {
  it('runs every job on the whole batch and reports the earliest record any of them failed on', async () => {
    const seen: string[] = [];
    const job = (name: string, failAt?: string) => async (event: { Records: DynamoDBRecord[] }) => {
      seen.push(`${name}:${event.Records.length}`);
      return { batchItemFailures: failAt ? [{ itemIdentifier: failAt }] : [] };
    };
    const records = ['1', '2', '3'].map((s) => written({ ...complaintOn('2026-11-30'), id: s }, s));
    expect(await combineStreamHandlers([job('stats', '3'), job('search', '2')])({ Records: records })).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(seen).toEqual(['stats:3', 'search:3']);
    expect(await combineStreamHandlers([job('stats'), job('search')])({ Records: records })).toEqual({ batchItemFailures: [] });
  });
});
