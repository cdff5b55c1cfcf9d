import type { Clock } from '../core/clock';
import { nextRunningDeadline } from '../core/deadlines/deadlines';
import { breachDueDeadlines } from '../core/deadlines/breach-due-deadlines';
import type { Logger } from '../core/logger';
import { sendAcknowledgement, type AcknowledgementDependencies } from '../core/notifications/send-acknowledgement';
import type { ComplaintStore } from '../core/ports';
import type { TaskStateName } from './definition';

export interface TaskInput {
  complaintId: string;
}

export interface WorkflowDependencies extends AcknowledgementDependencies {
  store: ComplaintStore;
  clock: Clock;
  logger: Logger;
}

/** What each Task state of the workflow does; the Lambda entry points and the local runner both use these. */
export function createWorkflowTasks(deps: WorkflowDependencies): Record<TaskStateName, (input: TaskInput) => Promise<unknown>> {
  return {
    SendAcknowledgement: ({ complaintId }) => sendAcknowledgement(deps, complaintId),
    FindNextDeadline: async ({ complaintId }) => {
      const complaint = await deps.store.get(complaintId);
      const next = complaint && nextRunningDeadline(complaint);
      // An empty object ends the loop; dueAt is RFC 3339 with T and Z, as Wait requires.
      return next ? { kind: next.kind, dueAt: next.dueAt } : {};
    },
    RecordDueDeadlines: async ({ complaintId }) => ({ breached: await breachDueDeadlines(deps, complaintId) }),
    CloseWorkflow: async ({ complaintId }) => {
      await deps.store.closeWorkflow(complaintId);
      return {};
    },
  };
}
