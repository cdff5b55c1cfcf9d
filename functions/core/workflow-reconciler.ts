import { errorName, type Logger } from './logger';
import type { ComplaintStore, WorkflowStarter } from './ports';

/**
 * Starts the workflow of every complaint whose workflow has not finished. Starting a
 * running workflow again changes nothing and every task is idempotent, so this is safe
 * to run at any time: after a restart, or on a schedule to catch a start that failed.
 */
export async function resumeOpenWorkflows(deps: { store: ComplaintStore; workflow: WorkflowStarter; logger: Logger }): Promise<number> {
  const open = await deps.store.openWorkflows();
  let started = 0;
  for (const { complaintId, epoch } of open) {
    try {
      await deps.workflow.start(complaintId, epoch);
      started += 1;
    } catch (error) {
      deps.logger.warn('workflow.resume_failed', { complaintId, errorName: errorName(error) });
    }
  }
  deps.logger.info('workflow.resumed', { count: started });
  return started;
}
