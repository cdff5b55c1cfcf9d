import type { Complaint, EscalationLevel } from '../complaint';
import { TERMINAL } from './transitions';

export const ESCALATION_RANK: Record<EscalationLevel, number> = { NONE: 0, HANDLER: 1, SUPERVISOR: 2, MANAGER: 3 };
export const ESCALATION_LEVELS: readonly EscalationLevel[] = ['NONE', 'HANDLER', 'SUPERVISOR', 'MANAGER'];

export const isOpen = (c: Complaint): boolean => !TERMINAL.has(c.status);

/** Complaints someone must act on stand in the handler and escalation queues; resolved ones wait for the complainant. */
export const needsAction = (c: Complaint): boolean => isOpen(c) && c.status !== 'RESOLVED' && c.status !== 'FEEDBACK_PENDING';

/** The earliest due time of a clock still running, which orders a handler's queue. */
export function nextDueAt(c: Complaint): string | undefined {
  return c.clocks
    .filter((k) => !k.stoppedAt && !k.pausedAt)
    .map((k) => k.dueAt)
    .sort()[0];
}
