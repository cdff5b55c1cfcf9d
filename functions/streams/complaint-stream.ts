import type { StatsStore } from '../core/analytics/ports';
import type { Logger } from '../core/logger';
import { noMetrics, type Metrics } from '../core/metrics';
import type { SearchIndexer } from '../core/search/ports';
import { combineStreamHandlers } from './combined-stream';
import { createSearchStreamHandler } from './search-stream';
import { createStatsStreamHandler } from './stats-stream';

/** What the table's stream keeps up to date: the statistics, then the search index. The cloud and the local stack run this. */
export const complaintStreamHandler = (stats: StatsStore, search: SearchIndexer, logger: Logger, metrics: Metrics = noMetrics) =>
  combineStreamHandlers([createStatsStreamHandler(stats, logger, metrics), createSearchStreamHandler(search, logger)]);
