import { advanceComplaint } from '../core/lifecycle/advance-complaint';
import type { NotificationDependencies } from '../core/notifications';
import type { TaskStateName } from './definition';

export interface TaskInput {
  complaintId: string;
  epoch: number;
}

export type WorkflowDependencies = NotificationDependencies;

/** What each Task state of the workflow does; the Lambda entry points and the local runner both use these. */
export function createWorkflowTasks(deps: WorkflowDependencies): Record<TaskStateName, (input: TaskInput) => Promise<unknown>> {
  return {
    Advance: ({ complaintId, epoch }) => advanceComplaint(deps, complaintId, epoch),
    CloseWorkflow: async ({ complaintId, epoch }) => {
      await deps.store.closeWorkflow(complaintId, epoch);
      return {};
    },
  };
}
