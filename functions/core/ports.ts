import type { AuditEntry, Complaint, ComplaintChange, ComplaintStatus, Channel, Notification, NotificationKind } from './complaint';

/** A complaint with everything recorded about it. */
export interface ComplaintRecord {
  complaint: Complaint;
  history: AuditEntry[];
  notifications: Notification[];
}

export interface ComplaintFilter {
  status?: ComplaintStatus;
  channel?: Channel;
  category?: string;
  receivedFrom?: string;
  receivedTo?: string;
}

/** A position in a list: the last complaint of the previous page. */
export interface ListPosition {
  receivedAt: string;
  id: string;
}

export interface ListQuery {
  organizationId: string;
  filter: ComplaintFilter;
  first: number;
  after?: ListPosition;
}

export interface ComplaintPage {
  complaints: Complaint[];
  hasNextPage: boolean;
}

export interface ComplaintStore {
  /**
   * Writes a new complaint with its reference claim, first audit entry, pending
   * notification and open-workflow marker, all or nothing.
   * Throws ReferenceTaken when the reference is already used.
   */
  create(change: ComplaintChange & { notification: Notification }): Promise<void>;
  /** Writes the next version; throws VersionConflict when the stored version moved on. */
  commit(change: ComplaintChange): Promise<void>;
  get(id: string): Promise<Complaint | null>;
  getRecord(id: string): Promise<ComplaintRecord | null>;
  getRecordByReference(reference: string): Promise<ComplaintRecord | null>;
  list(query: ListQuery): Promise<ComplaintPage>;
  getNotification(complaintId: string, kind: NotificationKind): Promise<Notification | null>;
  /** Records a delivery attempt that changed no complaint state (e.g. a failure). */
  saveNotification(notification: Notification): Promise<void>;
  /** Ids of complaints whose workflow has not finished. */
  openWorkflows(): Promise<string[]>;
  closeWorkflow(complaintId: string): Promise<void>;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

export interface WorkflowStarter {
  /** Starts the complaint's workflow; starting it again while it runs changes nothing. */
  start(complaintId: string): Promise<void>;
}
