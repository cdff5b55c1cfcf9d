import type { ClockState } from '../../generated/graphql';

/** How much a clock's state asks for attention: a breach first, then risk, then the running ones. */
const URGENCY: Record<ClockState, number> = { BREACHED: 0, AT_RISK: 1, ON_TRACK: 2, PAUSED: 3, MET: 4 };

/**
 * The clock a list shows for a complaint: the most urgent state, and within it the
 * earliest due; undefined for a complaint without clocks.
 */
export function mostUrgentClock<C extends { state: ClockState; dueAt: string }>(clocks: readonly C[]): C | undefined {
  return [...clocks].sort((a, b) => URGENCY[a.state] - URGENCY[b.state] || a.dueAt.localeCompare(b.dueAt))[0];
}
