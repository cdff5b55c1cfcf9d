import type { ComplaintTrend, TrendGranularity, TrendPoint } from '../../graphql/generated/types';
import type { AnalyticsDimension } from './facts';
import { CLOCK_SOURCES, counter, type Counters } from './metrics';
import { bucketStart, bucketStarts, validatePeriod, type PeriodInput } from './period';
import type { StatsStore } from './ports';
import { count, ratio, sumBy } from './sums';

export type { ComplaintTrend, TrendGranularity };

function point(start: string, counters: Counters): TrendPoint {
  const clocks = (result: 'Met' | 'Breached') => CLOCK_SOURCES.reduce((n, source) => n + count(counters, counter.clock(source, result)), 0);
  return {
    start,
    received: count(counters, counter.received),
    resolved: count(counters, counter.resolved),
    clocksMet: clocks('Met'),
    clocksBreached: clocks('Breached'),
    averageRating: ratio(count(counters, counter.ratingSum), count(counters, counter.rated)),
  };
}

/**
 * Complaints received per day, week (from Monday) or month of the period, empty ones
 * included. With a key, one group of the dimension; without one (or for ALL, whose only
 * group is the organization) the whole organization, and the answer says so: dimension
 * ALL, no key.
 */
export async function complaintTrend(
  store: StatsStore,
  organizationId: string,
  period: PeriodInput,
  granularity: TrendGranularity,
  dimension: AnalyticsDimension,
  key?: string | null,
): Promise<ComplaintTrend> {
  const checked = validatePeriod(period);
  const oneGroup = dimension !== 'ALL' && key != null;
  const read = await store.cells(organizationId, oneGroup ? dimension : 'ALL', checked.from, checked.to);
  const cells = oneGroup ? read.cells.filter((cell) => cell.key === key) : read.cells;
  const byStart = sumBy(cells, (cell) => bucketStart(cell.day, granularity));
  return {
    period: checked,
    granularity,
    dimension: oneGroup ? dimension : 'ALL',
    key: oneGroup ? key : null,
    points: bucketStarts(checked, granularity).map((start) => point(start, byStart.get(start) ?? {})),
    itemsRead: read.itemsRead,
  };
}
