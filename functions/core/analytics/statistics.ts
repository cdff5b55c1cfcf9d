import type { ClockCompliance, ComplaintStatistics, ComplaintStatisticsGroup, DurationStatistics, Satisfaction } from '../../graphql/generated/types';
import type { AnalyticsDimension } from './facts';
import { validateFirst } from './first';
import { CLOCK_SOURCES, counter, DURATION_BUCKET_HOURS, RATINGS, type Counters, type DurationMetric } from './metrics';
import { validatePeriod, type PeriodInput } from './period';
import type { StatsStore } from './ports';
import { count, ratio, sumBy } from './sums';

export type { ComplaintStatistics, ComplaintStatisticsGroup };

export const MAX_STATISTICS_GROUPS = 200;

/**
 * The duration at rank ceil(q × n) in order, estimated by the upper bound of the bucket
 * that holds it: never below the true value. Null when there is none, or when that rank
 * falls in the open last bucket, which has no upper bound.
 */
function percentile(buckets: ReadonlyArray<{ upToHours?: number | null; count: number }>, n: number, q: number): number | null {
  if (n === 0) return null;
  const rank = Math.ceil(q * n);
  let seen = 0;
  for (const bucket of buckets) {
    seen += bucket.count;
    if (seen >= rank) return bucket.upToHours ?? null;
  }
  return null;
}

export function durationStatistics(counters: Counters, metric: DurationMetric): DurationStatistics {
  const n = count(counters, counter.durationCount(metric));
  const buckets = [...DURATION_BUCKET_HOURS, null].map((upToHours, i) => ({ upToHours, count: count(counters, counter.durationBucket(metric, i)) }));
  const averageSeconds = ratio(count(counters, counter.durationSeconds(metric)), n);
  return {
    count: n,
    averageHours: averageSeconds === null ? null : averageSeconds / 3600,
    medianHours: percentile(buckets, n, 0.5),
    p90Hours: percentile(buckets, n, 0.9),
    buckets,
  };
}

/** Only sources with finished clocks: an organization outside the UK has no UK_FCA entry. */
export function compliance(counters: Counters): ClockCompliance[] {
  return CLOCK_SOURCES.flatMap((source) => {
    const met = count(counters, counter.clock(source, 'Met'));
    const breached = count(counters, counter.clock(source, 'Breached'));
    return met + breached > 0 ? [{ source, met, breached, rate: met / (met + breached) }] : [];
  });
}

export function satisfaction(counters: Counters): Satisfaction {
  const ratings = count(counters, counter.rated);
  return {
    ratings,
    averageRating: ratio(count(counters, counter.ratingSum), ratings),
    distribution: RATINGS.map((r) => count(counters, counter.rating(r))),
    resolvedShare: ratio(count(counters, counter.saidResolved), ratings),
  };
}

/** Every figure of one group, from its counters summed over the period. */
export function groupStatistics(key: string, counters: Counters): ComplaintStatisticsGroup {
  const resolved = count(counters, counter.resolved);
  const reopened = count(counters, counter.reopened);
  return {
    key,
    received: count(counters, counter.received),
    accepted: count(counters, counter.accepted),
    rejected: count(counters, counter.rejected),
    resolved,
    reopened,
    reopenRate: ratio(reopened, resolved),
    escalated: count(counters, counter.escalated),
    timeToFirstResponse: durationStatistics(counters, 'firstResponse'),
    timeToAcceptance: durationStatistics(counters, 'acceptance'),
    timeToResolution: durationStatistics(counters, 'resolution'),
    compliance: compliance(counters),
    satisfaction: satisfaction(counters),
  };
}

/** Figures for the complaints received in the period, one group per value of the dimension, the largest first. */
export async function complaintStatistics(
  store: StatsStore,
  organizationId: string,
  period: PeriodInput,
  groupBy: AnalyticsDimension,
  first: number,
): Promise<ComplaintStatistics> {
  const checked = validatePeriod(period);
  const limit = validateFirst(first, MAX_STATISTICS_GROUPS);
  const { cells, itemsRead } = await store.cells(organizationId, groupBy, checked.from, checked.to);
  const groups = [...sumBy(cells, (cell) => cell.key)]
    .map(([key, counters]) => groupStatistics(key, counters))
    // Cells stay behind at zero when every complaint of a group has left it.
    .filter((group) => group.received > 0)
    .sort((a, b) => b.received - a.received || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { period: checked, dimension: groupBy, groups: groups.slice(0, limit), totalGroups: groups.length, itemsRead };
}
