import { complaintFacts } from '../core/analytics/facts';
import type { StatsStore } from '../core/analytics/ports';
import type { Logger } from '../core/logger';
import { eachComplaintChange, type StreamHandler } from './each-complaint-change';

export type StatsStreamHandler = StreamHandler;

/**
 * Keeps the aggregate cells up to date from the table's stream: each complaint record
 * replaces the complaint's contribution with its new facts; the store skips any record it
 * has already applied.
 */
export const createStatsStreamHandler = (store: StatsStore, logger: Logger): StatsStreamHandler =>
  eachComplaintChange((c) => store.apply(c.complaintId, c.version, c.complaint && complaintFacts(c.complaint)), logger, {
    applied: 'stats.applied',
    skipped: 'stats.already_applied',
    failed: 'stats.record_failed',
  });
