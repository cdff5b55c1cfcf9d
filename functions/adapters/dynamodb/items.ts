import type { AuditEntry, Complaint, Notification } from '../../core/complaint';
import { keys, shardOf, TABLE_DESIGN } from './table-design';

type Item = Record<string, unknown>;
const ix = TABLE_DESIGN.indexes;

/** The complaint item: its fields plus the keys of every list index it appears in. */
export function complaintItem(c: Complaint): Item {
  const sort = keys.listSort(c.receivedAt, c.id);
  return {
    ...keys.complaint(c.id),
    type: 'Complaint',
    ...c,
    [ix.byOrganization.partitionKey]: keys.listPartition('byOrganization', c.organizationId),
    [ix.byOrganization.sortKey]: sort,
    [ix.byStatus.partitionKey]: keys.listPartition('byStatus', c.organizationId, c.status),
    [ix.byStatus.sortKey]: sort,
    [ix.byChannel.partitionKey]: keys.listPartition('byChannel', c.organizationId, c.channel),
    [ix.byChannel.sortKey]: sort,
    [ix.byCategory.partitionKey]: keys.listPartition('byCategory', c.organizationId, c.category),
    [ix.byCategory.sortKey]: sort,
  };
}

const COMPLAINT_FIELDS: ReadonlyArray<keyof Complaint> = [
  'id', 'organizationId', 'reference', 'accessCodeHash', 'status', 'channel', 'category', 'product', 'facts',
  'remedyRequested', 'occurredOn', 'receivedAt', 'complainant', 'respondent', 'deadlines', 'version',
];

function pick<T>(item: Item, fields: ReadonlyArray<keyof T>): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f as string] !== undefined) out[f as string] = item[f as string];
  return out as T;
}

export const toComplaint = (item: Item): Complaint => pick<Complaint>(item, COMPLAINT_FIELDS);

export const auditItem = (a: AuditEntry): Item => ({ ...keys.audit(a.complaintId, a.version), type: 'Audit', ...a });
export const toAudit = (item: Item): AuditEntry => pick<AuditEntry>(item, ['complaintId', 'version', 'at', 'actor', 'action']);

export const notificationItem = (n: Notification): Item => ({ ...keys.notification(n.complaintId, n.kind), type: 'Notification', ...n });
export const toNotification = (item: Item): Notification =>
  pick<Notification>(item, ['complaintId', 'kind', 'state', 'attempts', 'updatedAt', 'messageId', 'lastError']);

export const referenceItem = (c: Complaint): Item => ({ ...keys.reference(c.reference), type: 'Reference', complaintId: c.id, organizationId: c.organizationId });

export const workflowItem = (c: Complaint): Item => ({
  ...keys.workflow(c.id),
  type: 'Workflow',
  complaintId: c.id,
  [ix.openWorkflows.partitionKey]: keys.workflowShard(shardOf(c.id)),
  [ix.openWorkflows.sortKey]: keys.listSort(c.receivedAt, c.id),
});
