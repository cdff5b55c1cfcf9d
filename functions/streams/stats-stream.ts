import { complaintFacts } from '../core/analytics/facts';
import type { StatsStore } from '../core/analytics/ports';
import type { Logger } from '../core/logger';
import { METRIC } from '../core/metric-names';
import { noMetrics, type Metrics } from '../core/metrics';
import { eachComplaintChange, type StreamHandler } from './each-complaint-change';

export type StatsStreamHandler = StreamHandler;

/**
 * Keeps the aggregate cells up to date from the table's stream: each complaint record
 * replaces the complaint's contribution with its new facts; the store skips any record it
 * has already applied. An imported complaint's first version is counted here, once (the import
 * runs as a script, whose metrics would not reach CloudWatch).
 */
export const createStatsStreamHandler = (store: StatsStore, logger: Logger, metrics: Metrics = noMetrics): StatsStreamHandler =>
  eachComplaintChange(async (c) => {
    const applied = await store.apply(c.complaintId, c.version, c.complaint && complaintFacts(c.complaint));
    if (applied && c.version === 1 && c.complaint?.source) metrics.count(METRIC.ComplaintsImported);
    return applied;
  }, logger, {
    applied: 'stats.applied',
    skipped: 'stats.already_applied',
    failed: 'stats.record_failed',
  });
