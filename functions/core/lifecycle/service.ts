import { sealed } from '../audit/seal';
import type { Clock } from '../clock';
import { COMPLAINANT, type Actor, type Complaint, type ComplaintChange } from '../complaint';
import { DomainError, invalidInput, notFound, VersionConflict } from '../errors';
import { accessCodeMatches, normalizeReference } from '../intake/codes';
import { errorName, type Logger } from '../logger';
import { countChange, type Metrics } from '../metrics';
import { loadSettings, settingsOf } from '../organization/load-settings';
import { staffById, type OrganizationSettings, type SettingsDefaults } from '../organization/settings';
import type { WebhookStore } from '../partners/ports';
import { addWebhookNotice } from '../partners/webhook-service';
import type { ComplaintRecord, ComplaintStore, WorkflowStarter } from '../ports';
import { decideEpoch, startWorkflow } from '../start-workflow';
import { leastLoaded, routeToTeam } from './routing';
import { assign, type StepContext } from './steps';

export interface LifecycleDependencies {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  logger: Logger;
  settingsDefaults: SettingsDefaults;
  /** Partners' webhooks: a status change of a partner's complaint queues a WEBHOOK notification when it has one. */
  webhooks?: WebhookStore;
  metrics?: Metrics;
}

export type Decide = (complaint: Complaint, ctx: StepContext) => ComplaintChange | Promise<ComplaintChange>;

/**
 * Commits a step decided on `before`, with the submitting partner's webhook notice when the
 * status changes; starts a new workflow execution only when the next wake moved.
 */
async function commit(deps: LifecycleDependencies, before: Complaint, decided: ComplaintChange, ctx: StepContext): Promise<Complaint> {
  // Sealed here, so the complaint returned carries its new audit head for a step that follows (assignIfRouted).
  const withNotice = await addWebhookNotice(deps.webhooks, before, decided);
  const started = decideEpoch(before, withNotice.complaint, ctx.now, ctx.settings);
  const change = sealed(withNotice);
  await deps.store.commit(change);
  deps.logger.info('complaint.step', { complaintId: change.complaint.id, code: change.audit.action });
  if (deps.metrics) countChange(deps.metrics, before, change);
  if (started) await startWorkflow(deps, change.complaint, started.wakeAt, before.workflowEpoch);
  return change.complaint;
}

/**
 * A staff step on the version the caller saw: refused with CONFLICT when the complaint
 * has moved on, before or during the write; otherwise one transaction with its audit entry.
 */
export async function performStep(
  deps: LifecycleDependencies,
  id: string,
  expectedVersion: number,
  actor: Actor,
  decide: Decide,
  settings: Promise<OrganizationSettings> = loadSettings(deps.store, deps.settingsDefaults),
  /** Refuses a complaint the caller may not act on; runs before the version is compared, so a stranger learns nothing from CONFLICT. */
  authorize: (complaint: Complaint) => void = () => undefined,
): Promise<Complaint> {
  const complaint = await deps.store.get(id);
  if (!complaint) throw notFound('id', 'complaint');
  authorize(complaint);
  if (complaint.version !== expectedVersion) throw new VersionConflict();
  const ctx = { actor, now: deps.clock.now(), settings: await settings };
  return commit(deps, complaint, await decide(complaint, ctx), ctx);
}

/** The complaint a reference and access code open, or NOT_FOUND alike for either being wrong. */
export async function openWithAccessCode(store: ComplaintStore, reference: string, accessCode: string): Promise<ComplaintRecord> {
  const record = await store.getRecordByReference(normalizeReference(reference));
  if (!record || !accessCodeMatches(record.complaint.id, accessCode, record.complaint.accessCodeHash)) {
    throw new DomainError('NOT_FOUND', 'No complaint matches this reference and access code.', [{ field: 'accessCode', message: 'does not match the reference' }]);
  }
  return record;
}

const COMPLAINANT_ATTEMPTS = 3;

/** A complainant's step: they hold no version, so a concurrent staff change is read again and the step retried. */
export async function performAsComplainant(deps: LifecycleDependencies, reference: string, accessCode: string, decide: Decide): Promise<Complaint> {
  const { complaint } = await openWithAccessCode(deps.store, reference, accessCode);
  return performForComplainant(deps, complaint, decide);
}

/**
 * A step for the complainant on a complaint already opened (with the access code, or by a
 * verified email reply), retried on a concurrent change like performAsComplainant.
 */
export async function performForComplainant(deps: LifecycleDependencies, complaint: Complaint, decide: Decide): Promise<Complaint> {
  // The complainant may act from anywhere; the complaint's organization sets the rules.
  const settings = await settingsOf(deps.store, deps.settingsDefaults, complaint);
  for (let attempt = 1; ; attempt += 1) {
    const latest = attempt === 1 ? complaint : ((await deps.store.get(complaint.id)) ?? complaint);
    try {
      const ctx = { actor: COMPLAINANT, now: deps.clock.now(), settings };
      return await commit(deps, latest, await decide(latest, ctx), ctx);
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt === COMPLAINANT_ATTEMPTS) throw error;
    }
  }
}

/**
 * The handler for a complaint: the one named (who must be on the staff), or the
 * least-loaded member of the team the routing rules choose.
 */
export async function chooseHandler(
  store: ComplaintStore,
  complaint: Complaint,
  settings: OrganizationSettings,
  handlerId: string | null | undefined,
): Promise<{ handlerId: string; teamId?: string }> {
  if (handlerId) {
    if (!staffById(settings, handlerId)) throw invalidInput([{ field: 'handlerId', message: 'is not a member of staff' }]);
    return { handlerId, teamId: settings.teams.find((t) => t.memberIds.includes(handlerId))?.id };
  }
  const team = routeToTeam(complaint, settings);
  if (!team) throw invalidInput([{ field: 'handlerId', message: 'is needed: no routing rule matches this complaint' }]);
  const loads = await store.openComplaintCounts(complaint.organizationId, team.memberIds);
  return { handlerId: leastLoaded(team, loads), teamId: team.id };
}

/** After acceptance: the routing rules designate a handler straight away when one matches. */
export async function assignIfRouted(deps: LifecycleDependencies, accepted: Complaint, actor: Actor, settings: OrganizationSettings): Promise<Complaint> {
  if (!routeToTeam(accepted, settings)) return accepted;
  try {
    const chosen = await chooseHandler(deps.store, accepted, settings, undefined);
    const ctx = { actor, now: deps.clock.now(), settings };
    return await commit(deps, accepted, assign(accepted, chosen.handlerId, chosen.teamId, ctx), ctx);
  } catch (error) {
    // The acceptance stands; the complaint waits, accepted, for assignComplaint.
    deps.logger.warn('routing.assignment_failed', { complaintId: accepted.id, errorName: errorName(error) });
    return accepted;
  }
}
