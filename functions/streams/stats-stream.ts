import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { complaintChangeOf } from '../adapters/dynamodb/stream-records';
import { complaintFacts } from '../core/analytics/facts';
import type { StatsStore } from '../core/analytics/ports';
import { errorName, type Logger } from '../core/logger';

export type StatsStreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

/**
 * Keeps the aggregate cells up to date from the table's stream: each complaint record
 * replaces the complaint's contribution with its new facts; other items are ignored.
 * The first record that fails is reported with everything after it, so the records of one
 * complaint are never applied out of order; the store skips any it has already applied.
 */
export function createStatsStreamHandler(store: StatsStore, logger: Logger): StatsStreamHandler {
  return async (event) => {
    let applied = 0;
    let skipped = 0;
    const report = () => {
      if (applied) logger.info('stats.applied', { count: applied });
      if (skipped) logger.info('stats.already_applied', { count: skipped });
    };
    for (const record of event.Records) {
      let complaintId: string | undefined;
      try {
        const change = complaintChangeOf(record);
        if (!change) continue;
        complaintId = change.complaintId;
        if (await store.apply(change.complaintId, change.version, change.complaint && complaintFacts(change.complaint))) applied += 1;
        else skipped += 1;
      } catch (error) {
        logger.error('stats.record_failed', { complaintId, errorName: errorName(error) });
        report();
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    report();
    return { batchItemFailures: [] };
  };
}
