import type { Complaint, Deadline, DeadlineKind, DeadlineState } from '../complaint';

/** Whether the event a deadline waits for has not happened yet. */
function awaited(complaint: Complaint, kind: DeadlineKind): boolean {
  switch (kind) {
    case 'ACCEPTANCE_DECISION':
      return complaint.status === 'RECEIVED';
  }
}

/** The earliest deadline still running on the complaint, if any. */
export function nextRunningDeadline(complaint: Complaint): Deadline | undefined {
  return complaint.deadlines
    .filter((d) => d.state === 'ON_TRACK' && awaited(complaint, d.kind))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
}

/** Deadlines as they stand at `now`: a running one past its due time shows as breached even before the workflow records it. */
export function deadlinesAt(complaint: Complaint, now: Date): Deadline[] {
  return complaint.deadlines.map((d) => ({ ...d, state: stateAt(complaint, d, now) }));
}

function stateAt(complaint: Complaint, d: Deadline, now: Date): DeadlineState {
  if (d.state === 'ON_TRACK' && awaited(complaint, d.kind) && new Date(d.dueAt) <= now) return 'BREACHED';
  return d.state;
}
