import { randomUUID } from 'node:crypto';
import type { SubmitComplaintInput } from '../../graphql/generated/types';
import type { Clock } from '../clock';
import type { Actor, Complaint } from '../complaint';
import { ReferenceTaken } from '../errors';
import { localDate } from '../clocks/time-zone';
import { errorName, type Logger } from '../logger';
import type { OrganizationPolicy } from '../policy';
import type { ComplaintStore, WorkflowStarter } from '../ports';
import { newAccessCode, newReference } from './codes';
import { receiveComplaint } from './receive-complaint';
import { validateSubmission } from './validate-submission';

export interface IntakeDependencies {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  policy: OrganizationPolicy;
  logger: Logger;
}

const REFERENCE_ATTEMPTS = 5;

/**
 * Validates and stores a complaint in one transaction, then starts its workflow.
 * The access code is returned here once and only its hash is kept.
 */
export async function submitComplaint(
  deps: IntakeDependencies,
  input: SubmitComplaintInput,
  actor: Actor,
): Promise<{ complaint: Complaint; accessCode: string }> {
  const receivedAt = deps.clock.now();
  const submission = validateSubmission(input, receivedAt, deps.policy.timeZone);
  const id = randomUUID();
  const accessCode = newAccessCode();
  for (let attempt = 1; ; attempt += 1) {
    const reference = newReference(localDate(receivedAt, deps.policy.timeZone));
    const change = receiveComplaint(submission, { id, reference, accessCode, receivedAt, actor }, deps.policy);
    try {
      await deps.store.create(change);
    } catch (error) {
      if (error instanceof ReferenceTaken && attempt < REFERENCE_ATTEMPTS) continue;
      throw error;
    }
    await startWorkflow(deps, id);
    return { complaint: change.complaint, accessCode };
  }
}

/**
 * The complaint is stored with an open-workflow marker, so a failed start is not a
 * lost complaint: the workflow reconciler starts it later. The caller still succeeds.
 */
async function startWorkflow(deps: IntakeDependencies, complaintId: string): Promise<void> {
  try {
    await deps.workflow.start(complaintId);
  } catch (error) {
    deps.logger.warn('workflow.start_failed', { complaintId, errorName: errorName(error) });
  }
}
