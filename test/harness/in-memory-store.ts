import { utcDay, type ChainHead } from '../../functions/core/audit/digest';
import { sealed } from '../../functions/core/audit/seal';
import { changeAudits, versionBefore, type Complaint, type ComplaintChange, type Notification } from '../../functions/core/complaint';
import { matchesFilter } from '../../functions/core/complaint-filter';
import { complainantKey } from '../../functions/core/data-protection';
import { IdempotencyKeyTaken, ReferenceTaken, VersionConflict } from '../../functions/core/errors';
import type { OrganizationSettings } from '../../functions/core/organization/settings';
import type { ComplaintPage, ComplaintRecord, ComplaintStore, ListQuery } from '../../functions/core/ports';
import type { IdempotencyRecord, IdempotencyScope } from '../../functions/core/partners/idempotency';

const scopeKey = (s: IdempotencyScope) => JSON.stringify([s.organizationId, s.caller, s.key]);

/** A fake store for domain unit tests only; integration tests use DynamoDB Local. */
export class InMemoryStore implements ComplaintStore {
  readonly records = new Map<string, ComplaintRecord>();
  readonly references = new Map<string, string>();
  readonly open = new Map<string, number>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly settingsByOrganization = new Map<string, OrganizationSettings>();
  /** Per UTC day, each complaint's latest audit head written that day (what the table's AUDITDAY items hold). */
  readonly auditDays = new Map<string, Map<string, ChainHead & { organizationId: string }>>();

  /** Saves settings for their organization (a test's shorthand). */
  set settings(settings: OrganizationSettings) {
    this.settingsByOrganization.set(settings.organizationId, settings);
  }

  private apply(record: ComplaintRecord, change: ComplaintChange): void {
    record.complaint = change.complaint;
    record.history.push(...changeAudits(change));
    const day = utcDay(change.audit.at);
    if (!this.auditDays.has(day)) this.auditDays.set(day, new Map());
    this.auditDays.get(day)!.set(change.complaint.id, { organizationId: change.complaint.organizationId, complaintId: change.complaint.id, version: change.audit.version, hash: change.audit.hash! });
    record.entries.push(...(change.entries ?? []));
    record.notifications.push(...(change.notifications ?? []));
    for (const e of change.rewrites?.entries ?? []) record.entries = record.entries.map((x) => (x.version === e.version ? e : x));
    for (const n of change.rewrites?.notifications ?? []) record.notifications = record.notifications.map((x) => (x.version === n.version && x.kind === n.kind ? n : x));
    for (const f of [...(change.files ?? []), ...(change.rewrites?.files ?? [])]) record.files = (record.files ?? []).map((x) => (x.id === f.id ? f : x));
    if (change.complaint.workflowEpoch === change.complaint.version) this.open.set(change.complaint.id, change.complaint.workflowEpoch);
  }

  async create(unsealed: ComplaintChange, idempotency?: IdempotencyRecord): Promise<void> {
    const change = sealed(unsealed);
    if (idempotency) {
      const held = this.idempotency.get(scopeKey(idempotency));
      if (held && held.expiresAt > Date.parse(idempotency.createdAt) / 1000) throw new IdempotencyKeyTaken();
    }
    if (this.references.has(change.complaint.reference)) throw new ReferenceTaken();
    if (idempotency) this.idempotency.set(scopeKey(idempotency), idempotency);
    this.references.set(change.complaint.reference, change.complaint.id);
    const record: ComplaintRecord = { complaint: change.complaint, history: [], entries: [], notifications: [] };
    this.records.set(change.complaint.id, record);
    this.apply(record, change);
  }

  async commit(unsealed: ComplaintChange): Promise<void> {
    const change = sealed(unsealed);
    const record = this.records.get(change.complaint.id);
    if (!record || record.complaint.version !== versionBefore(change) || (record.complaint.auditHead ?? '') !== change.chainedFrom) throw new VersionConflict();
    // As the table's condition: a file is attached only while it is a pending upload.
    if ((change.files ?? []).some((f) => record.files?.find((x) => x.id === f.id)?.state !== 'PENDING')) throw new VersionConflict();
    this.apply(record, change);
  }

  async getIdempotencyRecord(scope: IdempotencyScope): Promise<IdempotencyRecord | null> {
    return this.idempotency.get(scopeKey(scope)) ?? null;
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

  /**
   * Lists of all complaints are filtered (core/complaint-filter.ts: search by checking each complaint, no index)
   * and ordered as the table's are; the other lists are every complaint of the organization.
   */
  async list(query: ListQuery): Promise<ComplaintPage> {
    const { list, after } = query;
    const sortKey = (c: Complaint) => `${c.receivedAt}#${c.id}`;
    const oldestFirst = query.oldestFirst === true && !(list.kind === 'all' && list.filter.search);
    let all = [...this.records.values()].map((r) => r.complaint).filter((c) => c.organizationId === query.organizationId);
    if (list.kind === 'all') {
      all = all
        .filter((c) => matchesFilter(c, list.filter, query.now))
        .sort((a, b) => (sortKey(a) < sortKey(b) === oldestFirst ? -1 : 1))
        .filter((c) => !after || (oldestFirst ? sortKey(c) > after.sortKey : sortKey(c) < after.sortKey));
    }
    return { items: all.slice(0, query.first).map((complaint) => ({ complaint, position: { sortKey: sortKey(complaint), id: complaint.id } })), hasNextPage: all.length > query.first };
  }

  async complaintIdsOfComplainant(organizationId: string, emailHash: string): Promise<string[]> {
    return [...this.records.values()]
      .map((r) => r.complaint)
      .filter((c) => c.organizationId === organizationId && c.complainant.email && complainantKey(c.complainant.email) === emailHash)
      .map((c) => c.id);
  }

  async openComplaintCounts(_organizationId: string, handlerIds: readonly string[]): Promise<Map<string, number>> {
    const open = [...this.records.values()].map((r) => r.complaint).filter((c) => !['CLOSED', 'REJECTED', 'WITHDRAWN'].includes(c.status));
    return new Map(handlerIds.map((id) => [id, open.filter((c) => c.handlerId === id).length]));
  }

  async claimNotification(notification: Notification, now: string, claimedUntil: string): Promise<boolean> {
    const stored = this.records.get(notification.complaintId)!.notifications.find(
      (n) => n.version === notification.version && n.kind === notification.kind && n.recipient === notification.recipient,
    );
    const free = stored && (((stored.state === 'PENDING' || stored.state === 'FAILED') && stored.attempts === notification.attempts) || (stored.state === 'SENDING' && stored.claimedUntil! < now));
    if (free) await this.saveNotification({ ...notification, state: 'SENDING', claimedUntil, updatedAt: now });
    return Boolean(free);
  }

  async saveNotification(notification: Notification): Promise<void> {
    const record = this.records.get(notification.complaintId)!;
    const same = (n: Notification) => n.version === notification.version && n.kind === notification.kind && n.recipient === notification.recipient;
    record.notifications = [...record.notifications.filter((n) => !same(n)), notification];
  }

  async unsettledNotifications(limit: number): Promise<Notification[]> {
    return [...this.records.values()]
      .flatMap((r) => r.notifications)
      .filter((n) => n.state === 'FAILED' || n.state === 'SENDING')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, limit);
  }

  async openWorkflows(): Promise<Array<{ complaintId: string; epoch: number }>> {
    return [...this.open].map(([complaintId, epoch]) => ({ complaintId, epoch }));
  }

  async closeWorkflow(complaintId: string, epoch: number): Promise<void> {
    if (this.open.get(complaintId) === epoch) this.open.delete(complaintId);
  }

  async getSettings(organizationId: string): Promise<OrganizationSettings | null> {
    return this.settingsByOrganization.get(organizationId) ?? null;
  }

  async saveSettings(settings: OrganizationSettings): Promise<void> {
    if ((this.settingsByOrganization.get(settings.organizationId)?.version ?? 0) !== settings.version - 1) throw new VersionConflict('settings');
    this.settings = settings;
  }
}
