import type { Complaint, ComplaintChange, Notification, NotificationKind } from '../../functions/core/complaint';
import { ReferenceTaken, VersionConflict } from '../../functions/core/errors';
import type { ComplaintPage, ComplaintRecord, ComplaintStore, ListQuery } from '../../functions/core/ports';

/** A fake store for domain unit tests only; integration tests use DynamoDB Local. */
export class InMemoryStore implements ComplaintStore {
  readonly records = new Map<string, ComplaintRecord>();
  readonly references = new Map<string, string>();
  readonly open = new Set<string>();

  async create(change: ComplaintChange & { notification: Notification }): Promise<void> {
    if (this.references.has(change.complaint.reference)) throw new ReferenceTaken();
    this.references.set(change.complaint.reference, change.complaint.id);
    this.records.set(change.complaint.id, { complaint: change.complaint, history: [change.audit], notifications: [change.notification] });
    this.open.add(change.complaint.id);
  }

  async commit(change: ComplaintChange): Promise<void> {
    const record = this.records.get(change.complaint.id);
    if (!record || record.complaint.version !== change.complaint.version - 1) throw new VersionConflict();
    record.complaint = change.complaint;
    record.history.push(change.audit);
    if (change.notification) await this.saveNotification(change.notification);
  }

  async get(id: string): Promise<Complaint | null> {
    return this.records.get(id)?.complaint ?? null;
  }

  async getRecord(id: string): Promise<ComplaintRecord | null> {
    return this.records.get(id) ?? null;
  }

  async getRecordByReference(reference: string): Promise<ComplaintRecord | null> {
    const id = this.references.get(reference);
    return id ? this.getRecord(id) : null;
  }

  async list(query: ListQuery): Promise<ComplaintPage> {
    const all = [...this.records.values()].map((r) => r.complaint).filter((c) => c.organizationId === query.organizationId);
    return { complaints: all.slice(0, query.first), hasNextPage: all.length > query.first };
  }

  async getNotification(complaintId: string, kind: NotificationKind): Promise<Notification | null> {
    return this.records.get(complaintId)?.notifications.find((n) => n.kind === kind) ?? null;
  }

  async saveNotification(notification: Notification): Promise<void> {
    const record = this.records.get(notification.complaintId)!;
    record.notifications = [...record.notifications.filter((n) => n.kind !== notification.kind), notification];
  }

  async openWorkflows(): Promise<string[]> {
    return [...this.open];
  }

  async closeWorkflow(complaintId: string): Promise<void> {
    this.open.delete(complaintId);
  }
}
