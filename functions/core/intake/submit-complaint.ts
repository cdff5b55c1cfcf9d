import { randomUUID } from 'node:crypto';
import type { SubmitComplaintInput } from '../../graphql/generated/types';
import { sealed } from '../audit/seal';
import type { Clock } from '../clock';
import type { Actor, Complaint, ComplaintChange } from '../complaint';
import { checkForDuplicates } from '../duplicates/intake-check';
import type { DuplicateIndex } from '../duplicates/ports';
import { DomainError, IdempotencyKeyTaken, ReferenceTaken } from '../errors';
import { localDate } from '../clocks/time-zone';
import { errorName, type Logger } from '../logger';
import { workflowWake } from '../lifecycle/advance';
import { countChange, type Metrics } from '../metrics';
import { startWorkflow } from '../start-workflow';
import { loadSettings } from '../organization/load-settings';
import type { OrganizationSettings, SettingsDefaults } from '../organization/settings';
import { idempotencyRecord, idempotentAccessCode, isLive, submissionHash, type IdempotencyRecord, type IdempotencyScope } from '../partners/idempotency';
import type { ComplaintStore, WorkflowStarter } from '../ports';
import { verificationKeys, type Keyring, type KeyringSource } from '../secrets/keyring';
import type { TriageModel, TriageSuggestion } from '../triage/suggestions';
import { accessCodeMatches, newAccessCode, newReference } from './codes';
import { receiveComplaint, type Receipt } from './receive-complaint';
import { validateSubmission, type ValidSubmission } from './validate-submission';

export interface IntakeDependencies {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  settingsDefaults: SettingsDefaults;
  logger: Logger;
  /** The access-code secret's keys: they derive the access codes of idempotent submissions; without them those are refused. */
  accessCodeKeys?: KeyringSource;
  /** Where earlier complaints are looked up for duplicate suggestions; without it none are made. */
  duplicates?: DuplicateIndex;
  /** Suggests category, priority, sentiment and urgent signals; without it none are made. */
  triage?: TriageModel;
  metrics?: Metrics;
}

const REFERENCE_ATTEMPTS = 5;
/** Rounds of "read the record, else try to write it" while concurrent requests race for one key. */
const IDEMPOTENCY_ATTEMPTS = 8;

/**
 * Validates and stores a complaint in one transaction, then starts its workflow.
 * The access code is returned here once and only its hash is kept.
 *
 * With `idempotency`, a retry with the same key and input answers the complaint the
 * first request created, with the same access code; another input under the same key
 * is refused with CONFLICT.
 */
export async function submitComplaint(
  deps: IntakeDependencies,
  input: SubmitComplaintInput,
  actor: Actor,
  submittedBy?: string,
  idempotency?: IdempotencyScope,
): Promise<{ complaint: Complaint; accessCode: string }> {
  if (idempotency && !deps.accessCodeKeys) {
    deps.logger.error('intake.idempotency_not_configured');
    throw new DomainError('NOT_CONFIGURED', 'Idempotent submission is not configured on this deployment; submit without idempotencyKey, or ask the operator to set ACCESS_CODE_SECRET_ARN.');
  }
  const receivedAt = deps.clock.now();
  const settings = await loadSettings(deps.store, deps.settingsDefaults);
  const submission = validateSubmission(input, receivedAt, settings.timeZone);
  const receipt = { id: randomUUID(), receivedAt, actor, submittedBy };
  if (!idempotency) {
    const accessCode = newAccessCode();
    const change = await store(deps, submission, settings, { ...receipt, accessCode });
    return { complaint: change.complaint, accessCode };
  }

  const requestHash = submissionHash(submission);
  const keyring = await deps.accessCodeKeys!.keyring();
  const accessCode = idempotentAccessCode(keyring.current, idempotency);
  for (let attempt = 1; attempt <= IDEMPOTENCY_ATTEMPTS; attempt += 1) {
    const existing = await deps.store.getIdempotencyRecord(idempotency);
    if (existing && isLive(existing, deps.clock.now())) {
      const complaint = await replay(deps.store, existing, requestHash);
      return { complaint, accessCode: replayedAccessCode(keyring, idempotency, complaint) };
    }
    try {
      const change = await store(deps, submission, settings, { ...receipt, accessCode }, idempotencyRecord(idempotency, requestHash, receipt.id, receivedAt));
      return { complaint: change.complaint, accessCode };
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTaken)) throw error;
      // Another request with this key is committing: read its record on the next round.
      deps.logger.info('intake.idempotency_key_taken', { count: attempt });
      await pause(attempt);
    }
  }
  throw new DomainError('CONFLICT', 'Another request with this idempotencyKey is still being processed; retry it shortly.');
}

/** The complaint a record points at, if the retry carries the same submission. */
async function replay(store: ComplaintStore, record: IdempotencyRecord, requestHash: string): Promise<Complaint> {
  if (record.requestHash !== requestHash) {
    throw new DomainError('CONFLICT', 'This idempotencyKey was already used with a different input; use a new key for a new complaint.', [
      { field: 'idempotencyKey', message: 'was used with a different input' },
    ]);
  }
  const complaint = await store.get(record.complaintId);
  if (!complaint) throw new Error('idempotency record points at a missing complaint');
  return complaint;
}

/**
 * The code the first request answered: made with the key that was current then, which a
 * rotation since may have retired (or, seen from a function still holding the keyring it
 * cached before the rotation, published as next). The stored hash tells which key it was.
 */
function replayedAccessCode(keyring: Keyring, scope: IdempotencyScope, complaint: Complaint): string {
  const code = verificationKeys(keyring)
    .map((key) => idempotentAccessCode(key, scope))
    .find((c) => accessCodeMatches(complaint.id, c, complaint.accessCodeHash));
  // Only a key retired longer ago than the rotation window (far beyond the record's 24 hours) could be missing.
  if (code === undefined) throw new Error('no key of the access-code secret derives the stored access code');
  return code;
}

/** Writes the first version, drawing another reference on a clash, then starts the workflow. */
async function store(
  deps: IntakeDependencies,
  submission: ValidSubmission,
  settings: OrganizationSettings,
  receipt: Omit<Receipt, 'reference'>,
  idempotency?: IdempotencyRecord,
): Promise<ComplaintChange> {
  const duplicates = await checkForDuplicates(deps, settings.organizationId, submission.facts, submission.complainant, receipt.receivedAt);
  const triage = await triageSuggestions(deps, submission);
  for (let attempt = 1; ; attempt += 1) {
    const reference = newReference(localDate(receipt.receivedAt, settings.timeZone));
    const received = receiveComplaint(submission, { ...receipt, reference }, settings);
    // Sealed here, so the complaint answered is the one stored (a retried idempotent request reads it back).
    const change = sealed({
      ...received,
      complaint: {
        ...received.complaint,
        ...(duplicates.suggestions.length ? { duplicateSuggestions: duplicates.suggestions } : {}),
        ...(triage.length ? { triageSuggestions: triage } : {}),
      },
      duplicateIndex: duplicates.index,
    });
    try {
      await deps.store.create(change, idempotency);
    } catch (error) {
      if (error instanceof ReferenceTaken && attempt < REFERENCE_ATTEMPTS) continue;
      throw error;
    }
    // With the request's correlation id, this line ties the complaint to the request that made it.
    deps.logger.info('complaint.received', { complaintId: receipt.id, code: change.complaint.channel });
    if (deps.metrics) countChange(deps.metrics, null, change);
    await startWorkflow(deps, change.complaint, workflowWake(change.complaint, new Date(receipt.receivedAt), settings));
    return change;
  }
}

/** Suggestions are a help, not a condition of intake: a model that fails is logged and the complaint stored without them. */
async function triageSuggestions(deps: IntakeDependencies, submission: ValidSubmission): Promise<TriageSuggestion[]> {
  if (!deps.triage) return [];
  try {
    return await deps.triage.suggest({ text: submission.facts, channel: submission.channel });
  } catch (error) {
    deps.logger.error('intake.triage_failed', { errorName: errorName(error) });
    return [];
  }
}

/** A short, jittered, growing pause: lets the transaction holding the key finish. */
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.min(400, 20 * 2 ** attempt) * (0.5 + Math.random() / 2)));
