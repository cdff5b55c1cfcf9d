import type { Clock } from '../clock';
import { nextVersion, SYSTEM, type Complaint, type ComplaintChange } from '../complaint';
import { commitWithRetry } from '../commit-with-retry';
import type { Logger } from '../logger';
import type { ComplaintStore } from '../ports';
import { nextRunningDeadline } from './deadlines';

/** The change that records the earliest running deadline as breached, or null when none is due at `now`. */
export function breachIfDue(complaint: Complaint, now: Date): ComplaintChange | null {
  const due = nextRunningDeadline(complaint);
  if (!due || new Date(due.dueAt) > now) return null;
  const deadlines = complaint.deadlines.map((d) => (d === due ? { ...d, state: 'BREACHED' as const } : d));
  return nextVersion(complaint, { deadlines }, 'DEADLINE_BREACHED', SYSTEM, now);
}

/**
 * Records every deadline that has passed. Idempotent: a deadline already recorded,
 * or one whose awaited decision was made, is left alone.
 */
export async function breachDueDeadlines(deps: { store: ComplaintStore; clock: Clock; logger: Logger }, complaintId: string): Promise<number> {
  let breached = 0;
  while (await commitWithRetry(deps.store, complaintId, (c) => breachIfDue(c, deps.clock.now()))) {
    breached += 1;
    deps.logger.info('deadline.breached', { complaintId });
  }
  return breached;
}
