import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

/**
 * One consumer of the table's stream for several jobs (a stream shard serves two readers
 * well, so the jobs share one): each handler sees the whole batch, and the earliest record
 * any of them failed on is reported, so the batch is retried from there. Every handler
 * skips what it applied already, so the records a retry repeats change nothing twice.
 */
export function combineStreamHandlers(handlers: readonly StreamHandler[]): StreamHandler {
  return async (event) => {
    const failed = new Set<string>();
    for (const handle of handlers) for (const f of (await handle(event)).batchItemFailures) failed.add(f.itemIdentifier);
    const first = event.Records.find((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
    return { batchItemFailures: first ? [{ itemIdentifier: first.dynamodb?.SequenceNumber ?? '' }] : [] };
  };
}
