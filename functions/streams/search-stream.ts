import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { complaintChangeOf } from '../adapters/dynamodb/stream-records';
import { errorName, type Logger } from '../core/logger';
import type { SearchIndexer } from '../core/search/ports';

export type SearchStreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

/**
 * Keeps the search index up to date from the table's stream: each complaint record makes
 * the complaint's postings those of its new terms (none once it is removed); other items
 * are ignored. As the stats handler does, the first record that fails is reported with
 * everything after it, so one complaint's versions are indexed in order; the indexer skips
 * versions it has passed already.
 */
export function createSearchStreamHandler(indexer: SearchIndexer, logger: Logger): SearchStreamHandler {
  return async (event) => {
    let indexed = 0;
    const report = () => {
      if (indexed) logger.info('search.indexed', { count: indexed });
    };
    for (const record of event.Records) {
      let complaintId: string | undefined;
      try {
        const change = complaintChangeOf(record);
        if (!change) continue;
        complaintId = change.complaintId;
        if (await indexer.apply(change.complaintId, change.version, change.complaint)) indexed += 1;
      } catch (error) {
        logger.error('search.record_failed', { complaintId, errorName: errorName(error) });
        report();
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    report();
    return { batchItemFailures: [] };
  };
}
