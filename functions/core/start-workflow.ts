import { errorName, type Logger } from './logger';
import type { WorkflowStarter } from './ports';

/**
 * The change is stored with its open-workflow marker, so a failed start loses nothing:
 * the reconciler starts it later. The caller still succeeds.
 */
export async function startWorkflow(deps: { workflow: WorkflowStarter; logger: Logger }, complaintId: string, epoch: number): Promise<void> {
  try {
    await deps.workflow.start(complaintId, epoch);
  } catch (error) {
    deps.logger.warn('workflow.start_failed', { complaintId, errorName: errorName(error) });
  }
}
