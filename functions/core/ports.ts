import type { AuditEntry, CaseEntry, Complaint, ComplaintChange, ComplaintStatus, Channel, Notification } from './complaint';
import type { OrganizationSettings } from './organization/settings';
import type { StoredFileRecord } from './files/stored-file';
import type { IdempotencyRecord, IdempotencyScope } from './partners/idempotency';
import type { ClockState } from './clocks/running-clock';
import type { SearchQuery } from './search/terms';

/** A complaint with everything recorded about it. */
export interface ComplaintRecord {
  complaint: Complaint;
  history: AuditEntry[];
  entries: CaseEntry[];
  notifications: Notification[];
  /** Its files, attached or pending (absent from stores that keep none). */
  files?: StoredFileRecord[];
}

export interface ComplaintFilter {
  status?: ComplaintStatus;
  channel?: Channel;
  category?: string;
  receivedFrom?: string;
  receivedTo?: string;
  handlerId?: string;
  teamId?: string;
  /** true: open complaints with no handler yet; false: complaints with a handler. */
  unassigned?: boolean;
  /** At least one clock in this state at the query's `now`. */
  clockState?: ClockState;
  /** Words to find (core/search/terms.ts); results are newest first whatever the list's order. */
  search?: SearchQuery;
}

/** A place in a list: the sort key and id of the last complaint of the previous page. */
export interface ListPosition {
  sortKey: string;
  id: string;
}

export type ComplaintList =
  | { kind: 'all'; filter: ComplaintFilter }
  | { kind: 'handler'; handlerId: string }
  /** Open complaints with a duplicate suggestion still to merge or dismiss, newest first. */
  | { kind: 'duplicates' }
  /** Escalated at this rank (1 handler, 2 supervisor, 3 manager) or above. */
  | { kind: 'escalated'; atLeastRank: number };

export interface ListQuery {
  organizationId: string;
  list: ComplaintList;
  first: number;
  after?: ListPosition;
  /** Lists of all complaints read newest first; exports read them oldest first. */
  oldestFirst?: boolean;
  /** When clock states are evaluated (the injected clock's now); required with filter.clockState. */
  now?: Date;
}

export interface ComplaintPage {
  items: Array<{ complaint: Complaint; position: ListPosition }>;
  hasNextPage: boolean;
  /**
   * Set when the store stopped at its cap of items read per request before it found a
   * page's worth: where the next page starts (past the last item read, which may be past the last item returned).
   */
  endPosition?: ListPosition;
}

export interface ComplaintStore {
  /**
   * Writes a new complaint with its reference claim, first audit entry, queued
   * notifications and open-workflow marker, all or nothing. Like commit, it seals the
   * change first unless it is sealed (core/audit/seal.ts) and records the day's audit head.
   * Throws ReferenceTaken when the reference is already used.
   * With an idempotency record, writes it in the same transaction, unless a live one
   * holds its key: then nothing is written and it throws IdempotencyKeyTaken (also when
   * a concurrent transaction on the same key got in the way).
   */
  create(change: ComplaintChange, idempotency?: IdempotencyRecord): Promise<void>;
  /** The idempotency record of a key, expired or not (strongly consistent). */
  getIdempotencyRecord(scope: IdempotencyScope): Promise<IdempotencyRecord | null>;
  /**
   * Writes the next version (or versions: every audit entry of the change, those of skipped
   * versions in `precedingAudits`) with what it adds (and, when it starts a new workflow
   * epoch, moves the open-workflow marker to it); throws VersionConflict when the stored
   * version is not the one before the change's first, or the audit head the change chains
   * from moved on.
   */
  commit(change: ComplaintChange): Promise<void>;
  get(id: string): Promise<Complaint | null>;
  getRecord(id: string): Promise<ComplaintRecord | null>;
  getRecordByReference(reference: string): Promise<ComplaintRecord | null>;
  list(query: ListQuery): Promise<ComplaintPage>;
  /** A complainant's complaints in an organization, by the hash of their email address. */
  complaintIdsOfComplainant(organizationId: string, emailHash: string): Promise<string[]>;
  /** Open complaints per handler, for choosing the least loaded. */
  openComplaintCounts(organizationId: string, handlerIds: readonly string[]): Promise<Map<string, number>>;
  /**
   * Claims an email for sending, as SENDING until `claimedUntil`: succeeds only if it is
   * still as `notification` says (PENDING or FAILED with the same attempts) or an earlier
   * claim has expired. Of two executions, one sends.
   */
  claimNotification(notification: Notification, now: string, claimedUntil: string): Promise<boolean>;
  /** Records a delivery attempt; not a change of the complaint. */
  saveNotification(notification: Notification): Promise<void>;
  /**
   * Notifications claimed and not settled since: FAILED, or SENDING (its claim may have been cut
   * off), the latest change first, at most `limit`. What the outbox's schedule tries again.
   */
  unsettledNotifications(limit: number): Promise<Notification[]>;
  /** Ids of complaints whose workflow has not finished, with the epoch to resume. */
  openWorkflows(): Promise<Array<{ complaintId: string; epoch: number }>>;
  /** Closes the marker unless a newer epoch has taken it over. */
  closeWorkflow(complaintId: string, epoch: number): Promise<void>;
  getSettings(organizationId: string): Promise<OrganizationSettings | null>;
  /** Throws VersionConflict unless the stored settings are at `settings.version - 1`. */
  saveSettings(settings: OrganizationSettings): Promise<void>;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Where a reply goes: the complaint's reply address (core/inbound/reply-address.ts), so the reply joins it. */
  replyTo?: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

export interface WorkflowStarter {
  /**
   * Starts the complaint's workflow for an epoch, waiting until `wakeAt` (RFC 3339) before
   * it first looks at the complaint; without it, it looks at once. Starting it again while
   * it runs changes nothing.
   */
  start(complaintId: string, epoch: number, wakeAt?: string): Promise<void>;
  /**
   * Stops the execution of an epoch a newer one replaced, so it does not wake only to end.
   * Without it (or when it fails) that execution ends at its next wake, seeing it is superseded.
   */
  stop?(complaintId: string, epoch: number): Promise<void>;
}
