import type { Hotspot, HotspotReport } from '../../graphql/generated/types';
import type { AnalyticsDimension } from './facts';
import { validateFirst } from './first';
import { counter } from './metrics';
import { previousPeriod, validatePeriod, type PeriodInput } from './period';
import type { StatsStore } from './ports';
import { binomialAtLeast, isSignificant } from './significance';
import { count, ratio } from './sums';

export type { Hotspot, HotspotReport };

export const MAX_HOTSPOTS = 50;

/**
 * The groups whose complaints rose against the period of the same length just before,
 * the largest rise first. Each rise is tested on its own: of the group's complaints in
 * both periods, were at least `current` in this one more often than a fair coin would
 * put them there?
 */
export async function hotspots(store: StatsStore, organizationId: string, period: PeriodInput, dimension: AnalyticsDimension, first: number): Promise<HotspotReport> {
  const checked = validatePeriod(period);
  const limit = validateFirst(first, MAX_HOTSPOTS);
  const before = previousPeriod(checked);
  // One read spans both periods: the cells of a dimension are ordered by day.
  const { cells, itemsRead } = await store.cells(organizationId, dimension, before.from, checked.to);
  const volumes = new Map<string, { current: number; previous: number }>();
  for (const cell of cells) {
    const volume = volumes.get(cell.key) ?? { current: 0, previous: 0 };
    if (cell.day >= checked.from) volume.current += count(cell.counters, counter.received);
    else volume.previous += count(cell.counters, counter.received);
    volumes.set(cell.key, volume);
  }
  const rising: Hotspot[] = [];
  for (const [key, { current, previous }] of volumes) {
    const rise = current - previous;
    if (rise <= 0) continue;
    const pValue = binomialAtLeast(current, current + previous);
    rising.push({ key, current, previous, rise, relativeRise: ratio(rise, previous), pValue, significant: isSignificant(pValue) });
  }
  rising.sort((a, b) => b.rise - a.rise || a.pValue - b.pValue || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { period: checked, previousPeriod: before, dimension, hotspots: rising.slice(0, limit), itemsRead };
}
