import type {
  ActorKind,
  AuditAction,
  Channel,
  ComplaintStatus,
  DeadlineKind,
  DeadlineState,
  Language,
  NotificationKind,
  NotificationState,
} from '../graphql/generated/types';

export type { ActorKind, AuditAction, Channel, ComplaintStatus, DeadlineKind, DeadlineState, Language, NotificationKind, NotificationState };

export interface Complainant {
  name: string;
  email?: string;
  phone?: string;
  postalAddress?: string;
  preferredLanguage: Language;
}

export interface Respondent {
  name: string;
  address?: string;
}

export interface Deadline {
  kind: DeadlineKind;
  /** ISO 8601 UTC. */
  dueAt: string;
  state: DeadlineState;
}

export interface Complaint {
  id: string;
  organizationId: string;
  reference: string;
  /** Hash of the access code; the code itself is shown once and never stored. */
  accessCodeHash: string;
  status: ComplaintStatus;
  channel: Channel;
  category: string;
  product?: string;
  facts: string;
  remedyRequested: string;
  /** YYYY-MM-DD */
  occurredOn?: string;
  receivedAt: string;
  complainant: Complainant;
  respondent: Respondent;
  deadlines: Deadline[];
  /** Starts at 1; every committed change adds one and writes one audit entry. */
  version: number;
}

export interface Actor {
  kind: ActorKind;
  id?: string;
}

/** One step in a complaint's history. Carries no personal data, only who, when and what. */
export interface AuditEntry {
  complaintId: string;
  /** The complaint version this entry produced; unique per complaint. */
  version: number;
  at: string;
  actor: Actor;
  action: AuditAction;
}

export interface Notification {
  complaintId: string;
  kind: NotificationKind;
  state: NotificationState;
  attempts: number;
  updatedAt: string;
  /** The provider's message id once sent. */
  messageId?: string;
  /** A provider error name (never message text, which may quote an address). */
  lastError?: string;
}

export const SYSTEM: Actor = { kind: 'SYSTEM' };

/** The audit actions the complainant sees on their timeline. */
export const PUBLIC_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'COMPLAINT_RECEIVED',
  'ACKNOWLEDGEMENT_SENT',
  'DEADLINE_BREACHED',
]);

/** A committed change: the complaint's new state and the audit entry that records it. */
export interface ComplaintChange {
  complaint: Complaint;
  audit: AuditEntry;
  notification?: Notification;
}

/** Applies `action` as the next version of `complaint`. */
export function nextVersion(
  complaint: Complaint,
  update: Partial<Omit<Complaint, 'id' | 'version'>>,
  action: AuditAction,
  actor: Actor,
  at: Date,
): ComplaintChange {
  const version = complaint.version + 1;
  return {
    complaint: { ...complaint, ...update, version },
    audit: { complaintId: complaint.id, version, at: at.toISOString(), actor, action },
  };
}
