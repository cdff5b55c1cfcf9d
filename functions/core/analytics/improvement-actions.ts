import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { localDate } from '../clocks/time-zone';
import { DomainError, notFound, VersionConflict } from '../errors';
import type { OrganizationSettings } from '../organization/settings';
import type { ComplaintStore } from '../ports';
import {
  changedAction,
  newAction,
  validateNewAction,
  type ImprovementActionInput,
  type ImprovementActionStatus,
  type ImprovementActionStore,
  type StoredImprovementAction,
  type UpdateImprovementActionInput,
} from './improvement-action';

export interface ImprovementActionDependencies {
  actions: ImprovementActionStore;
  /** To check that the complaints an action names are the organization's. */
  complaints: Pick<ComplaintStore, 'get'>;
  clock: Clock;
}

/** NOT_FOUND for every id that is not a complaint of the organization (another organization's included, as if it did not exist). */
async function requireOwnComplaints(complaints: Pick<ComplaintStore, 'get'>, organizationId: string, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(ids.map((id) => complaints.get(id)));
  const missing = ids.flatMap((_, i) => (found[i]?.organizationId === organizationId ? [] : [i]));
  if (missing.length === 0) return;
  throw new DomainError(
    'NOT_FOUND',
    `${missing.length === 1 ? 'One id is' : `${missing.length} ids are`} not a complaint of your organization.`,
    missing.map((i) => ({ field: `input.complaintIds.${i}`, message: 'matches no complaint' })),
  );
}

/** A new action, PLANNED, in the caller's organization (the one `settings` belong to). */
export async function createImprovementAction(deps: ImprovementActionDependencies, settings: OrganizationSettings, input: ImprovementActionInput): Promise<StoredImprovementAction> {
  const fields = validateNewAction(input, settings);
  await requireOwnComplaints(deps.complaints, settings.organizationId, fields.complaintIds);
  const action = newAction(randomUUID(), settings.organizationId, fields, deps.clock.now());
  await deps.actions.saveImprovementAction(action);
  return action;
}

/** The next version of one of the organization's actions; CONFLICT when the caller saw an older one. */
export async function updateImprovementAction(deps: ImprovementActionDependencies, settings: OrganizationSettings, input: UpdateImprovementActionInput): Promise<StoredImprovementAction> {
  const action = await deps.actions.getImprovementAction(settings.organizationId, input.id);
  if (!action) throw notFound('input.id', 'improvement action');
  if (action.version !== input.expectedVersion) throw new VersionConflict('improvement action');
  const now = deps.clock.now();
  const changed = changedAction(action, input, settings, localDate(now, settings.timeZone), now);
  if (input.complaintIds != null) await requireOwnComplaints(deps.complaints, settings.organizationId, changed.complaintIds);
  await deps.actions.saveImprovementAction(changed);
  return changed;
}

/** The organization's actions, newest first; only those with `status` when given. */
export async function listImprovementActions(actions: ImprovementActionStore, organizationId: string, status?: ImprovementActionStatus | null): Promise<StoredImprovementAction[]> {
  const all = await actions.listImprovementActions(organizationId);
  return all
    .filter((a) => status == null || a.status === status)
    .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

export const getImprovementAction = (actions: ImprovementActionStore, organizationId: string, id: string): Promise<StoredImprovementAction | null> =>
  actions.getImprovementAction(organizationId, id);
