import type { Logger } from '../core/logger';
import type { SearchIndexer } from '../core/search/ports';
import { eachComplaintChange, type StreamHandler } from './each-complaint-change';

export type SearchStreamHandler = StreamHandler;

/**
 * Keeps the search index up to date from the table's stream: each complaint record makes
 * the complaint's postings those of its new terms (none once it is removed); the indexer
 * skips versions it has passed already.
 */
export const createSearchStreamHandler = (indexer: SearchIndexer, logger: Logger): SearchStreamHandler =>
  eachComplaintChange((c) => indexer.apply(c.complaintId, c.version, c.complaint), logger, { applied: 'search.indexed', failed: 'search.record_failed' });
