import { randomUUID } from 'node:crypto';
import type { SubmitComplaintInput } from '../../graphql/generated/types';
import type { Clock } from '../clock';
import type { Actor, Complaint } from '../complaint';
import { ReferenceTaken } from '../errors';
import { localDate } from '../clocks/time-zone';
import type { Logger } from '../logger';
import { startWorkflow } from '../start-workflow';
import { loadSettings } from '../organization/load-settings';
import type { SettingsDefaults } from '../organization/settings';
import type { ComplaintStore, WorkflowStarter } from '../ports';
import { newAccessCode, newReference } from './codes';
import { receiveComplaint } from './receive-complaint';
import { validateSubmission } from './validate-submission';

export interface IntakeDependencies {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  settingsDefaults: SettingsDefaults;
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
  submittedBy?: string,
): Promise<{ complaint: Complaint; accessCode: string }> {
  const receivedAt = deps.clock.now();
  const settings = await loadSettings(deps.store, deps.settingsDefaults);
  const submission = validateSubmission(input, receivedAt, settings.timeZone);
  const id = randomUUID();
  const accessCode = newAccessCode();
  for (let attempt = 1; ; attempt += 1) {
    const reference = newReference(localDate(receivedAt, settings.timeZone));
    const change = receiveComplaint(submission, { id, reference, accessCode, receivedAt, actor, submittedBy }, settings);
    try {
      await deps.store.create(change);
    } catch (error) {
      if (error instanceof ReferenceTaken && attempt < REFERENCE_ATTEMPTS) continue;
      throw error;
    }
    await startWorkflow(deps, id, change.complaint.workflowEpoch);
    return { complaint: change.complaint, accessCode };
  }
}
