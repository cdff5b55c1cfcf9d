import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type AttributeValue,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue as LambdaAttributeValue, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { errorName, type Logger } from '../functions/core/logger';

export interface StreamPollerOptions {
  endpoint: string;
  region: string;
  tableName: string;
  /** The stream handler, called as Lambda's event source mapping calls it. */
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;
  logger: Logger;
  intervalMs?: number;
  /** Records per handler call, like the mapping's batch size. */
  batchSize?: number;
  /**
   * Retries of a failed record before it is given up (logged as streams.record_dropped), like
   * the mapping's retry attempts before its failure queue; unbounded when absent.
   */
  retryAttempts?: number;
}

export interface StreamPoller {
  /** Resolves once every record written before the call has been handled. */
  idle(): Promise<void>;
  stop: () => Promise<void>;
}

class BatchFailed extends Error {
  override name = 'BatchFailed';
}

interface Shard {
  parentId?: string;
  iterator?: string;
  /** The last record handled, to resume after it when an iterator is lost. */
  lastSequence?: string;
  /** Closed and read to its end. */
  done: boolean;
  /** The record the handler last reported failed, and how many times in a row. */
  failing?: { sequence: string; attempts: number };
}

/**
 * Reads DynamoDB Local's stream of the table and hands each batch to the stream handler
 * in Lambda's event shape: what the event source mapping does in the cloud. Reads every
 * shard from its oldest record (the handler ignores what it applied already), a child
 * shard only after its parent, and retries a batch from the record the handler reports
 * as failed. Never throws out of its loop: a failed poll is logged and tried again.
 */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const { endpoint, region, tableName, handler, logger, intervalMs = 150, batchSize = 100, retryAttempts } = options;
  const dynamodb = new DynamoDBClient({ endpoint, region });
  const streams = new DynamoDBStreamsClient({ endpoint, region });
  const shards = new Map<string, Shard>();
  let streamArn: string | undefined;
  let stopped = false;
  let wake: (() => void) | undefined;
  let waiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  async function discoverShards(arn: string): Promise<void> {
    const seen = new Set<string>();
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: arn, ExclusiveStartShardId: start }));
      for (const s of StreamDescription?.Shards ?? []) {
        if (!s.ShardId) continue;
        seen.add(s.ShardId);
        if (!shards.has(s.ShardId)) shards.set(s.ShardId, { parentId: s.ParentShardId, done: false });
      }
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    // Shards past the stream's retention are gone for good.
    for (const id of shards.keys()) if (!seen.has(id)) shards.delete(id);
  }

  async function iterator(arn: string, shardId: string, position: { type: 'TRIM_HORIZON' } | { type: 'AFTER_SEQUENCE_NUMBER'; sequence: string }) {
    const out = await streams.send(
      new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: position.type, SequenceNumber: 'sequence' in position ? position.sequence : undefined }),
    );
    return out.ShardIterator;
  }

  /** Reads a shard until it has nothing more; returns how many records it handed over. */
  async function drain(arn: string, shardId: string, shard: Shard): Promise<number> {
    let count = 0;
    while (!stopped) {
      shard.iterator ??= await iterator(arn, shardId, shard.lastSequence ? { type: 'AFTER_SEQUENCE_NUMBER', sequence: shard.lastSequence } : { type: 'TRIM_HORIZON' });
      if (!shard.iterator) {
        shard.done = true;
        break;
      }
      const out = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }));
      const records = out.Records ?? [];
      count += records.length;
      if (records.length) {
        const result = await handler({ Records: records.map((r) => toLambdaRecord(r, arn, region)) });
        const failed = result?.batchItemFailures?.[0]?.itemIdentifier;
        const handled = failed === undefined ? records.length : records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
        if (handled > 0) shard.lastSequence = records[handled - 1].dynamodb?.SequenceNumber;
        if (failed !== undefined) {
          const attempts = shard.failing?.sequence === failed ? shard.failing.attempts + 1 : 1;
          shard.failing = { sequence: failed, attempts };
          // As Lambda does, the next attempt starts at the failed record, until its retries are spent.
          if (retryAttempts === undefined || attempts <= retryAttempts) throw new BatchFailed();
          logger.error('streams.record_dropped', { count: attempts });
          shard.lastSequence = failed;
          shard.failing = undefined;
          shard.iterator = undefined;
          continue;
        }
        shard.failing = undefined;
      }
      shard.iterator = out.NextShardIterator;
      if (!shard.iterator) shard.done = true;
      if (!shard.iterator || !records.length) break;
    }
    return count;
  }

  /** One pass over every open shard; returns how many records it handed over. */
  async function poll(): Promise<number> {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    const arn = Table?.LatestStreamArn;
    if (!arn) throw new Error('The table has no stream.');
    if (arn !== streamArn) shards.clear();
    streamArn = arn;
    await discoverShards(arn);
    let count = 0;
    // A shard that closes lets its children start: pass again until none does.
    for (let again = true; again && !stopped; ) {
      again = false;
      for (const [id, shard] of shards) {
        if (shard.done || (shard.parentId && shards.get(shard.parentId)?.done === false)) continue;
        count += await drain(arn, id, shard);
        again ||= shard.done;
      }
    }
    return count;
  }

  const loop = (async () => {
    while (!stopped) {
      const waiting = waiters;
      waiters = [];
      let count: number | undefined;
      try {
        count = await poll();
      } catch (error) {
        logger.warn('streams.poll_failed', { errorName: errorName(error) });
        // Each shard resumes after the last record it handled.
        for (const shard of shards.values()) shard.iterator = undefined;
      }
      if (count === 0) for (const w of waiting) w.resolve();
      else waiters.unshift(...waiting);
      // Straight on while records come; otherwise wait for the interval or an idle() call.
      if (!count) await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
    for (const w of waiters) w.reject(new Error('The stream poller stopped.'));
  })();

  return {
    idle: () => {
      if (stopped) return Promise.reject(new Error('The stream poller stopped.'));
      const done = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      wake?.();
      return done;
    },
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
      dynamodb.destroy();
      streams.destroy();
    },
  };
}

/** The SDK hands binary values over as bytes; Lambda's event carries them base64-encoded. */
function toLambdaValue(v: AttributeValue): LambdaAttributeValue {
  if (v.B !== undefined) return { B: Buffer.from(v.B).toString('base64') };
  if (v.BS !== undefined) return { BS: v.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (v.L !== undefined) return { L: v.L.map(toLambdaValue) };
  if (v.M !== undefined) return { M: toLambdaMap(v.M) };
  return v as LambdaAttributeValue;
}

const toLambdaMap = (image: Record<string, AttributeValue>): Record<string, LambdaAttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, v]) => [name, toLambdaValue(v)]));

const toLambdaImage = (image: Record<string, AttributeValue> | undefined) => image && toLambdaMap(image);

function toLambdaRecord(r: _Record, streamArn: string, region: string): DynamoDBRecord {
  const s = r.dynamodb;
  return {
    eventID: r.eventID,
    eventName: r.eventName,
    eventVersion: r.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: s?.ApproximateCreationDateTime && Math.floor(s.ApproximateCreationDateTime.getTime() / 1000),
      Keys: toLambdaImage(s?.Keys),
      NewImage: toLambdaImage(s?.NewImage),
      OldImage: toLambdaImage(s?.OldImage),
      SequenceNumber: s?.SequenceNumber,
      SizeBytes: s?.SizeBytes,
      StreamViewType: s?.StreamViewType,
    },
  };
}
