import type { AuditEntry, CaseEntry, Complaint, DuplicateIndexEntry, Notification } from '../../core/complaint';
import { complainantKey } from '../../core/data-protection';
import { hasOpenSuggestion } from '../../core/duplicates/suggestions';
import { isUnassigned } from '../../core/complaint-filter';
import { ESCALATION_RANK, needsAction, nextDueAt } from '../../core/lifecycle/queues';
import { TERMINAL } from '../../core/lifecycle/transitions';
import type { StoredFileRecord } from '../../core/files/stored-file';
import type { OrganizationSettings } from '../../core/organization/settings';
import { utcDay } from '../../core/audit/digest';
import { currentFormat } from './item-format';
import { currentCorrelationId } from '../observability/correlation';
import { keys, shardOf, TABLE_DESIGN } from './table-design';

type Item = Record<string, unknown>;
const ix = TABLE_DESIGN.indexes;

/** The complaint item: its fields plus the keys of every list index it appears in. */
export function complaintItem(c: Complaint): Item {
  const sort = keys.listSort(c.receivedAt, c.id);
  const open = needsAction(c);
  const rank = ESCALATION_RANK[c.escalation.level];
  return {
    ...keys.complaint(c.id),
    type: 'Complaint',
    ...currentFormat,
    ...c,
    [ix.byOrganization.partitionKey]: keys.listPartition('byOrganization', c.organizationId),
    [ix.byOrganization.sortKey]: sort,
    [ix.byStatus.partitionKey]: keys.listPartition('byStatus', c.organizationId, c.status),
    [ix.byStatus.sortKey]: sort,
    [ix.byChannel.partitionKey]: keys.listPartition('byChannel', c.organizationId, c.channel),
    [ix.byChannel.sortKey]: sort,
    [ix.byCategory.partitionKey]: keys.listPartition('byCategory', c.organizationId, c.category),
    [ix.byCategory.sortKey]: sort,
    // Sparse: only open complaints stand in a handler's queue or the escalation queue.
    ...(open && c.handlerId
      ? { [ix.handlerQueue.partitionKey]: keys.handlerQueuePartition(c.organizationId, c.handlerId), [ix.handlerQueue.sortKey]: `${nextDueAt(c) ?? '9999'}#${c.id}` }
      : {}),
    // Sparse: complaints with a handler, and open ones waiting for one; closed ones never assigned are in neither list.
    ...(c.handlerId || isUnassigned(c)
      ? { [ix.byAssignee.partitionKey]: keys.assigneePartition(c.organizationId, c.handlerId || undefined), [ix.byAssignee.sortKey]: sort }
      : {}),
    ...(c.complainant.email
      ? { [ix.byComplainant.partitionKey]: keys.complainantPartition(c.organizationId, complainantKey(c.complainant.email)), [ix.byComplainant.sortKey]: sort }
      : {}),
    // Sparse: the workspace lists open complaints whose suggestions are still to be decided.
    ...(!TERMINAL.has(c.status) && hasOpenSuggestion(c)
      ? { [ix.openWorkflows.partitionKey]: keys.duplicatesPartition(c.organizationId), [ix.openWorkflows.sortKey]: sort }
      : {}),
    ...(open && rank > 0
      ? { [ix.escalations.partitionKey]: keys.escalationPartition(c.organizationId), [ix.escalations.sortKey]: keys.escalationSort(rank, c.escalation.at ?? c.receivedAt, c.id) }
      : {}),
  };
}

const COMPLAINT_FIELDS: ReadonlyArray<keyof Complaint> = [
  'id', 'organizationId', 'reference', 'accessCodeHash', 'status', 'channel', 'category', 'product', 'facts',
  'remedyRequested', 'occurredOn', 'receivedAt', 'receivedOn', 'priority', 'region', 'jurisdictions', 'complainant', 'respondent',
  'clocks', 'handlerId', 'teamId', 'escalation', 'decision', 'duplicateSuggestions', 'triageSuggestions', 'pendingRequest', 'finalResponse', 'feedback',
  'earlierFinalResponses', 'earlierFeedback', 'narrativeConsent', 'reopenCount', 'source', 'submittedBy', 'firstResponseAt',
  'feedbackRequestedAt', 'inboundEmailIds', 'workflowEpoch', 'version', 'auditHead', 'personalSalt',
];

function pick<T>(item: Item, fields: ReadonlyArray<keyof T>): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f as string] !== undefined) out[f as string] = item[f as string];
  return out as T;
}

export const toComplaint = (item: Item): Complaint => pick<Complaint>(item, COMPLAINT_FIELDS);

export const auditItem = (a: AuditEntry): Item => ({ ...keys.audit(a.complaintId, a.version), type: 'Audit', ...currentFormat, ...a });
export const toAudit = (item: Item): AuditEntry => pick<AuditEntry>(item, ['complaintId', 'version', 'at', 'actor', 'action', 'stateDigest', 'hash']);

export const entryItem = (e: CaseEntry, n: number): Item => ({ ...keys.entry(e.complaintId, e.version, n), type: 'Entry', ...currentFormat, ...e });
export const toEntry = (item: Item): CaseEntry => pick<CaseEntry>(item, ['complaintId', 'version', 'kind', 'at', 'author', 'text', 'evidence', 'textSalt', 'textEnvelope']);

export const fileItem = (f: StoredFileRecord): Item => ({ ...keys.file(f.complaintId, f.id), type: 'File', ...currentFormat, ...f });
export const toFile = (item: Item): StoredFileRecord =>
  pick<StoredFileRecord>(item, [
    'id', 'complaintId', 'organizationId', 'key', 'name', 'contentType', 'size', 'sha256', 'uploadedBy', 'requestedAt', 'state', 'attachedAt', 'version',
    'sharedWithComplainant', 'expiresAt', 'erased',
  ]);

export const notificationItem = (n: Notification): Item => ({
  ...keys.notification(n.complaintId, n.version, n.kind, n.recipient),
  type: 'Notification',
  ...currentFormat,
  // The request that queued it: the outbox sends it under the same id (functions/streams/outbox-stream.ts).
  ...withCurrentCorrelationId(),
  ...n,
});
const withCurrentCorrelationId = () => {
  const correlationId = currentCorrelationId();
  return correlationId ? { correlationId } : {};
};

export const toNotification = (item: Item): Notification =>
  pick<Notification>(item, ['complaintId', 'version', 'kind', 'recipient', 'state', 'attempts', 'updatedAt', 'detail', 'claimedUntil', 'messageId', 'lastError']);

export const settingsItem = (s: OrganizationSettings): Item => ({
  ...keys.settings(s.organizationId),
  type: 'Settings',
  ...currentFormat,
  ...s,
  [ix.byOrganization.partitionKey]: keys.organizationsPartition,
  [ix.byOrganization.sortKey]: s.organizationId,
});
export const toSettings = (item: Item): OrganizationSettings =>
  pick<OrganizationSettings>(item, [
    'organizationId', 'timeZone', 'calendarId', 'businessHoursStart', 'businessHoursEnd', 'jurisdictions', 'staff', 'teams',
    'routingRules', 'slaTargets', 'managerId', 'feedbackWindowDays', 'reopenAtOrBelowRating', 'customCalendars', 'categories', 'evaluationReport', 'version',
  ]);

export const referenceItem = (c: Complaint): Item => ({ ...keys.reference(c.reference), type: 'Reference', ...currentFormat, complaintId: c.id, organizationId: c.organizationId });

export const workflowItem = (c: Complaint): Item => ({
  ...keys.workflow(c.id),
  type: 'Workflow',
  ...currentFormat,
  complaintId: c.id,
  epoch: c.workflowEpoch,
  [ix.openWorkflows.partitionKey]: keys.workflowShard(shardOf(c.id)),
  [ix.openWorkflows.sortKey]: keys.listSort(c.receivedAt, c.id),
});

/** The keys of a complaint's entries in its LSH buckets and under its phone hash. */
export function duplicateIndexKeys(c: Complaint, entry: Pick<DuplicateIndexEntry, 'bands' | 'phoneHash'>): Array<{ PK: string; SK: string; kind: 'band' | 'phone' }> {
  const SK = keys.listSort(c.receivedAt, c.id);
  return [
    ...entry.bands.map((band) => ({ PK: keys.duplicateBand(c.organizationId, band), SK, kind: 'band' as const })),
    ...(entry.phoneHash ? [{ PK: keys.duplicatePhone(c.organizationId, entry.phoneHash), SK, kind: 'phone' as const }] : []),
  ];
}

/** A new complaint's index entries; each expires with its window (TTL). */
export const duplicateIndexItems = (c: Complaint, entry: DuplicateIndexEntry): Item[] =>
  duplicateIndexKeys(c, entry).map(({ PK, SK, kind }) => ({ PK, SK, type: 'DuplicateIndex', ...currentFormat, complaintId: c.id, expiresAt: kind === 'band' ? entry.bandsExpireAt : entry.phoneExpiresAt }));

/** A complaint's latest audit entry on the day its change was written, for that day's digest. */
export const auditDayItem = (organizationId: string, a: AuditEntry): Item => ({
  ...keys.auditDay(utcDay(a.at), organizationId, a.complaintId),
  type: 'AuditDay',
  ...currentFormat,
  organizationId,
  complaintId: a.complaintId,
  version: a.version,
  hash: a.hash,
});
