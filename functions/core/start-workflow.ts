import type { Complaint } from './complaint';
import { errorName, type Logger } from './logger';
import type { OrganizationSettings } from './organization/settings';
import type { WorkflowStarter } from './ports';
import { workflowWake } from './lifecycle/advance';

/**
 * Starts the execution of the complaint's current epoch, waiting until its next system
 * wake, then stops the execution it replaces. The change is stored with its open-workflow
 * marker, so a failed start loses nothing: the reconciler starts it later. A failed stop
 * costs only a wake: the old execution sees it is superseded and ends. The caller still succeeds.
 */
export async function startWorkflow(
  deps: { workflow: WorkflowStarter; logger: Logger },
  complaint: Complaint,
  wakeAt: Date | undefined,
  replaces?: number,
): Promise<void> {
  const complaintId = complaint.id;
  try {
    await deps.workflow.start(complaintId, complaint.workflowEpoch, wakeAt?.toISOString());
  } catch (error) {
    deps.logger.warn('workflow.start_failed', { complaintId, errorName: errorName(error) });
  }
  if (replaces === undefined || !deps.workflow.stop) return;
  try {
    await deps.workflow.stop(complaintId, replaces);
  } catch (error) {
    deps.logger.warn('workflow.stop_failed', { complaintId, errorName: errorName(error) });
  }
}

/**
 * A person's change proposes a new epoch when it moves a clock or the status (steps.ts);
 * it keeps the running execution when the workflow's next wake is the same before and
 * after, since that execution will wake at the right time and read the change then.
 * Sets the change's epoch accordingly; returns the wake a new execution waits for, or
 * null when the running one goes on.
 */
export function decideEpoch(before: Complaint, after: Complaint, now: Date, settings: OrganizationSettings): { wakeAt: Date | undefined } | null {
  if (after.workflowEpoch !== after.version) return null;
  const wakeAt = workflowWake(after, now, settings);
  // An imported complaint (epoch 0) has no execution to go on.
  if (before.workflowEpoch > 0 && wakeAt?.getTime() === workflowWake(before, now, settings)?.getTime()) {
    after.workflowEpoch = before.workflowEpoch;
    return null;
  }
  return { wakeAt };
}
