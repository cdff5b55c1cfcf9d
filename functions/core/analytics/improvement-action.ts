import type { ImprovementAction, ImprovementActionInput, ImprovementActionStatus, UpdateImprovementActionInput } from '../../graphql/generated/types';
import { DomainError, invalidInput, type FieldIssue } from '../errors';
import { optionalText, text } from '../lifecycle/inputs';
import type { OrganizationSettings } from '../organization/settings';
import { isDate } from './period';

export type { ImprovementActionInput, ImprovementActionStatus, UpdateImprovementActionInput };

/** An improvement action as kept: what the API shows (the effect is computed when asked), and its organization. */
export type StoredImprovementAction = Omit<ImprovementAction, '__typename' | 'effect'> & { organizationId: string };

/** Where improvement actions are kept, per organization. */
export interface ImprovementActionStore {
  getImprovementAction(organizationId: string, id: string): Promise<StoredImprovementAction | null>;
  /** Every action of the organization, in no particular order. */
  listImprovementActions(organizationId: string): Promise<StoredImprovementAction[]>;
  /** Writes version 1 (the id must be free) or the next version; throws VersionConflict when the stored one is not at `version - 1`. */
  saveImprovementAction(action: StoredImprovementAction): Promise<void>;
}

export const ACTION_LIMITS = { title: 200, description: 5000, key: 200, complaintIds: 100, complaintId: 100 } as const;

/** DONE and CANCELLED are final; an action moves forward only. */
const NEXT_STATUS: Record<ImprovementActionStatus, readonly ImprovementActionStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

/** Runs one field's check, keeping its issues, so every wrong field is reported at once. */
function collect<T>(issues: FieldIssue[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

function checkOwner(issues: FieldIssue[], settings: OrganizationSettings, ownerId: string): void {
  if (!settings.staff.some((m) => m.id === ownerId)) issues.push({ field: 'input.ownerId', message: 'is not a staff id of the organization' });
}

function checkDate(issues: FieldIssue[], field: string, value: string): void {
  if (!isDate(value)) issues.push({ field, message: 'must be a calendar date in the form YYYY-MM-DD' });
}

/** The ids, without repeats; whether each is a complaint of the organization is checked against the store. */
function checkComplaintIds(issues: FieldIssue[], ids: readonly string[]): string[] {
  if (ids.length > ACTION_LIMITS.complaintIds) issues.push({ field: 'input.complaintIds', message: `must have at most ${ACTION_LIMITS.complaintIds} ids` });
  ids.forEach((id, i) => {
    if (!id || id.length > ACTION_LIMITS.complaintId) issues.push({ field: `input.complaintIds.${i}`, message: `must be 1 to ${ACTION_LIMITS.complaintId} characters` });
  });
  return [...new Set(ids)];
}

/** A new action's fields, checked; BAD_USER_INPUT naming every wrong field. */
export function validateNewAction(input: ImprovementActionInput, settings: OrganizationSettings) {
  const issues: FieldIssue[] = [];
  const title = collect(issues, () => text('input.title', input.title, ACTION_LIMITS.title));
  const description = collect(issues, () => optionalText('input.description', input.description, ACTION_LIMITS.description));
  // ALL has one group, the organization itself.
  const key = input.dimension === 'ALL' ? settings.organizationId : collect(issues, () => text('input.key', input.key, ACTION_LIMITS.key));
  checkOwner(issues, settings, input.ownerId);
  checkDate(issues, 'input.dueOn', input.dueOn);
  const complaintIds = checkComplaintIds(issues, input.complaintIds ?? []);
  if (issues.length) throw invalidInput(issues);
  return { title: title!, description, scope: { dimension: input.dimension, key: key! }, complaintIds, ownerId: input.ownerId, dueOn: input.dueOn };
}

/** Version 1 of an action. */
export function newAction(
  id: string,
  organizationId: string,
  fields: ReturnType<typeof validateNewAction>,
  now: Date,
): StoredImprovementAction {
  const at = now.toISOString();
  return { id, organizationId, ...fields, status: 'PLANNED', createdAt: at, updatedAt: at, version: 1 };
}

/**
 * The next version of an action with the input's changes (absent fields keep their
 * value; an empty description removes it). Marking it DONE without an effectiveOn, on
 * an action that has none, makes it effective `today`.
 */
export function changedAction(action: StoredImprovementAction, input: UpdateImprovementActionInput, settings: OrganizationSettings, today: string, now: Date): StoredImprovementAction {
  const issues: FieldIssue[] = [];
  const title = input.title == null ? action.title : collect(issues, () => text('input.title', input.title, ACTION_LIMITS.title));
  const description = input.description == null ? action.description : collect(issues, () => optionalText('input.description', input.description, ACTION_LIMITS.description));
  if (input.ownerId != null) checkOwner(issues, settings, input.ownerId);
  if (input.dueOn != null) checkDate(issues, 'input.dueOn', input.dueOn);
  if (input.effectiveOn != null) checkDate(issues, 'input.effectiveOn', input.effectiveOn);
  const complaintIds = input.complaintIds == null ? action.complaintIds : checkComplaintIds(issues, input.complaintIds);
  if (issues.length) throw invalidInput(issues);

  const status = input.status ?? action.status;
  if (status !== action.status && !NEXT_STATUS[action.status].includes(status)) {
    throw new DomainError('INVALID_TRANSITION', `An improvement action that is ${action.status} cannot become ${status}.`);
  }
  return {
    ...action,
    title: title!,
    description,
    ownerId: input.ownerId ?? action.ownerId,
    dueOn: input.dueOn ?? action.dueOn,
    complaintIds,
    status,
    effectiveOn: input.effectiveOn ?? action.effectiveOn ?? (status === 'DONE' ? today : undefined),
    updatedAt: now.toISOString(),
    version: action.version + 1,
  };
}
