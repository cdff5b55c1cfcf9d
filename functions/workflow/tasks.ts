import { safeCorrelationId, withCorrelationId } from '../adapters/observability/correlation';
import { advanceComplaint } from '../core/lifecycle/advance-complaint';
import type { NotificationDependencies } from '../core/notifications';
import type { TaskStateName } from './definition';

export interface TaskInput {
  complaintId: string;
  epoch: number;
  /** The execution's own input (the context object's Execution.Input): the correlation id of the request that started it, if any. */
  execution?: { correlationId?: string };
}

export type WorkflowDependencies = NotificationDependencies;

/** What each Task state of the workflow does; the Lambda entry points and the local runner both use these. */
export function createWorkflowTasks(deps: WorkflowDependencies): Record<TaskStateName, (input: TaskInput) => Promise<unknown>> {
  const tasks: Record<TaskStateName, (input: TaskInput) => Promise<unknown>> = {
    Advance: ({ complaintId, epoch }) => advanceComplaint(deps, complaintId, epoch),
    CloseWorkflow: async ({ complaintId, epoch }) => {
      await deps.store.closeWorkflow(complaintId, epoch);
      return {};
    },
  };
  // Each task logs under the correlation id of the request that started its execution.
  const correlated = (state: TaskStateName) => (input: TaskInput) =>
    withCorrelationId(safeCorrelationId(input.execution?.correlationId), async () => {
      const started = performance.now();
      const result = await tasks[state](input);
      deps.logger.info('workflow.task', { complaintId: input.complaintId, code: state, ms: Math.round(performance.now() - started) });
      return result;
    });
  return { Advance: correlated('Advance'), CloseWorkflow: correlated('CloseWorkflow') };
}
