import { clockStateAt } from './clocks/running-clock';
import type { Complaint } from './complaint';
import { TERMINAL } from './lifecycle/transitions';
import type { ComplaintFilter } from './ports';
import { matchesSearch } from './search/matches';

/** Open (not closed, rejected or withdrawn) and no handler designated yet. */
export const isUnassigned = (c: Complaint): boolean => !c.handlerId && !TERMINAL.has(c.status);

/**
 * Whether a complaint passes every field of a list filter (AND). Stores narrow with their
 * indexes first; this is the exact check, and the only one for what no index can hold:
 * clock states move with time, and search hits are checked against the complaint.
 */
export function matchesFilter(c: Complaint, f: ComplaintFilter, now: Date | undefined): boolean {
  if (f.status !== undefined && c.status !== f.status) return false;
  if (f.channel !== undefined && c.channel !== f.channel) return false;
  if (f.category !== undefined && c.category.toLowerCase() !== f.category.toLowerCase()) return false;
  if (f.receivedFrom !== undefined && c.receivedAt < f.receivedFrom) return false;
  if (f.receivedTo !== undefined && c.receivedAt >= f.receivedTo) return false;
  if (f.handlerId !== undefined && c.handlerId !== f.handlerId) return false;
  if (f.teamId !== undefined && c.teamId !== f.teamId) return false;
  if (f.unassigned === true && !isUnassigned(c)) return false;
  if (f.unassigned === false && !c.handlerId) return false;
  if (f.clockState !== undefined) {
    if (!now) throw new Error('A clock-state filter needs the time to evaluate the clocks at.');
    if (!c.clocks.some((k) => clockStateAt(k, now) === f.clockState)) return false;
  }
  return f.search === undefined || matchesSearch(c, f.search);
}
