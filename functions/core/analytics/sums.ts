import type { StatsCell } from './facts';
import type { Counters } from './metrics';

/** Adds `counters` into `total`. */
function addCounters(total: Counters, counters: Counters): Counters {
  for (const [name, n] of Object.entries(counters)) total[name] = (total[name] ?? 0) + n;
  return total;
}

/** The counters of the cells summed per group, a cell's group being whatever `groupOf` says (its key, its week...). */
export function sumBy(cells: readonly StatsCell[], groupOf: (cell: StatsCell) => string): Map<string, Counters> {
  const groups = new Map<string, Counters>();
  for (const cell of cells) {
    const group = groupOf(cell);
    groups.set(group, addCounters(groups.get(group) ?? {}, cell.counters));
  }
  return groups;
}

/** A counter's value; absent counters are zero. */
export const count = (counters: Counters, name: string): number => counters[name] ?? 0;

/** a / b, or null when b is zero. */
export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
