import type { Hotspot, HotspotReport } from '../../graphql/generated/types';
import type { AnalyticsDimension } from './facts';
import { validateFirst } from './first';
import { counter } from './metrics';
import { previousPeriod, validatePeriod, type PeriodInput } from './period';
import type { StatsStore } from './ports';
import { MIN_EXPECTED, rateRatioInterval, testShares, validateFalseDiscoveryRate, type PeriodCounts, type ShareTest } from './rising-share';
import { count, ratio } from './sums';

export type { Hotspot, HotspotReport };

export const MAX_HOTSPOTS = 50;

type Scored = PeriodCounts & ShareTest & { key: string };

/** Significant first, then the most complaints beyond what the overall change explains. */
const byStanding = (a: Scored, b: Scored) => Number(b.significant) - Number(a.significant) || b.excess - a.excess || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The groups whose share of the complaints rose against the period of the same length
 * just before, each tested against the overall change (rising-share.ts), with the false
 * discovery rate controlled across all the groups tested in the run.
 */
export async function hotspots(
  store: StatsStore,
  organizationId: string,
  period: PeriodInput,
  dimension: AnalyticsDimension,
  first: number,
  falseDiscoveryRate?: number | null,
): Promise<HotspotReport> {
  const checked = validatePeriod(period);
  const limit = validateFirst(first, MAX_HOTSPOTS);
  const q = validateFalseDiscoveryRate(falseDiscoveryRate);
  const before = previousPeriod(checked);
  // One read spans both periods: the cells of a dimension are ordered by day.
  const { cells, itemsRead } = await store.cells(organizationId, dimension, before.from, checked.to);
  const volumes = new Map<string, PeriodCounts>();
  const totals: PeriodCounts = { current: 0, previous: 0 };
  for (const cell of cells) {
    const volume = volumes.get(cell.key) ?? { current: 0, previous: 0 };
    const received = count(cell.counters, counter.received);
    const side = cell.day >= checked.from ? 'current' : 'previous';
    volume[side] += received;
    totals[side] += received;
    volumes.set(cell.key, volume);
  }
  const scored = testShares(
    [...volumes].map(([key, v]) => ({ key, ...v })),
    totals,
    q,
  );
  const rising = scored.filter((g) => g.excess > 0).sort(byStanding).slice(0, limit);
  return {
    period: checked,
    previousPeriod: before,
    dimension,
    hotspots: rising.map((g): Hotspot => {
      const interval = rateRatioInterval(g, totals);
      return { ...g, rise: g.current - g.previous, relativeRise: ratio(g.current - g.previous, g.previous), rateRatioLow: interval.low, rateRatioHigh: interval.high };
    }),
    itemsRead,
    currentTotal: totals.current,
    previousTotal: totals.previous,
    groupsTested: scored.filter((g) => g.tested).length,
    falseDiscoveryRate: q,
    minExpected: MIN_EXPECTED,
  };
}
