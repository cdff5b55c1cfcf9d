import type * as schema from '../graphql/generated/types';
import type { RunningClock } from './clocks/running-clock';
import type { DuplicateSuggestion } from './duplicates/suggestions';
import type { StoredFileRecord } from './files/stored-file';
import type { TriageSuggestion } from './triage/suggestions';

// The enums come from schema.graphql.
export type {
  ActorKind,
  AuditAction,
  CaseEntryKind,
  Channel,
  ComplaintStatus,
  EscalationLevel,
  Jurisdiction,
  Language,
  NotificationKind,
  NotificationState,
  Outcome,
  Priority,
  RejectionReason,
  Remedy,
  RootCause,
} from '../graphql/generated/types';

export interface Complainant {
  name: string;
  email?: string;
  phone?: string;
  postalAddress?: string;
  preferredLanguage: schema.Language;
}

export interface Respondent {
  name: string;
  address?: string;
}

export interface Escalation {
  level: schema.EscalationLevel;
  at?: string;
  /** A clock id, or the reason a person gave. */
  reason?: string;
}

export interface Decision {
  accepted: boolean;
  reason?: schema.RejectionReason;
  explanation?: string;
  /** Rejected as a duplicate: the reference of the complainant's earlier complaint that goes on. */
  duplicateOf?: string;
  at: string;
}

export interface FinalResponse {
  outcome: schema.Outcome;
  reasons: string;
  remedies: schema.Remedy[];
  remedyDetails?: string;
  followUpMeasures: string;
  rootCause: schema.RootCause;
  /** How to take it further, written for the complaint's jurisdictions and language. */
  furtherRecourse: string;
  at: string;
}

export interface Feedback {
  rating: number;
  resolved: boolean;
  comment?: string;
  at: string;
}

export interface Evidence {
  description: string;
  source: string;
  contentHash?: string;
  fileReference?: string;
  /** The uploaded file (core/files), when the evidence is one: its record holds the name, type and size. */
  fileId?: string;
  /** The complainant sees it on the portal; absent (not shared) on evidence recorded before files existed. */
  sharedWithComplainant?: boolean;
}

export interface Complaint {
  id: string;
  organizationId: string;
  reference: string;
  /** Hash of the access code; the code itself is shown once and never stored. */
  accessCodeHash: string;
  status: schema.ComplaintStatus;
  channel: schema.Channel;
  category: string;
  product?: string;
  facts: string;
  remedyRequested: string;
  /** YYYY-MM-DD */
  occurredOn?: string;
  receivedAt: string;
  /**
   * The organization's calendar day of receipt, YYYY-MM-DD: the day analytics count it on.
   * Absent on complaints stored before it existed: their UTC day is used.
   */
  receivedOn?: string;
  priority: schema.Priority;
  region?: string;
  jurisdictions: schema.Jurisdiction[];
  complainant: Complainant;
  respondent: Respondent;
  clocks: RunningClock[];
  handlerId?: string;
  teamId?: string;
  escalation: Escalation;
  decision?: Decision;
  /** Earlier complaints this one may duplicate, found at intake; staff merge or dismiss each. */
  duplicateSuggestions?: DuplicateSuggestion[];
  /** Computed at intake (core/triage); staff accept or correct each. Absent on complaints stored before triage. */
  triageSuggestions?: TriageSuggestion[];
  /** The open question to the complainant while AWAITING_COMPLAINANT. */
  pendingRequest?: string;
  /** The latest final response. */
  finalResponse?: FinalResponse;
  /** The latest feedback. */
  feedback?: Feedback;
  /**
   * The final responses a reopening superseded, oldest first (the latest is `finalResponse`).
   * Absent on complaints stored before reopening kept them, and on those never reopened.
   */
  earlierFinalResponses?: FinalResponse[];
  /** The feedback given before the latest, oldest first; absent like earlierFinalResponses. */
  earlierFeedback?: Feedback[];
  /** The complainant agreed to publish the facts, scrubbed, in the open-data export. */
  narrativeConsent?: boolean;
  /** How many times feedback reopened it. */
  reopenCount?: number;
  /** Where an imported complaint came from, with the source's own fields kept as they were. */
  source?: ImportSource;
  /** The partner whose API key submitted it; they may read it back. */
  submittedBy?: string;
  /** When the first response (decision, reply or request) reached the complainant. */
  firstResponseAt?: string;
  /** When the status became FEEDBACK_PENDING; the feedback window counts from here. */
  feedbackRequestedAt?: string;
  /**
   * The latest inbound emails (ids) whose step this complaint holds: an email processed
   * again after a crash between its step and its record finds its step taken, not taken twice.
   */
  inboundEmailIds?: string[];
  /**
   * The version of the latest change made by a person. A workflow execution started
   * for an older epoch stops at its next wake-up: a newer one has taken over.
   */
  workflowEpoch: number;
  /** Starts at 1; every committed change adds one and writes one audit entry. */
  version: number;
  /** The hash of the latest audit entry, so the next change chains to it without reading the history (core/audit/seal.ts). */
  auditHead?: string;
  /** Salts the envelope of the personal fields in the state digest; removed with them by an erasure. */
  personalSalt?: string;
}

/** An imported complaint's origin: the system, its id there, and its fields we have no place for. */
export interface ImportSource {
  system: 'CFPB';
  id: string;
  fields: Record<string, string>;
}

export interface Actor {
  kind: schema.ActorKind;
  id?: string;
}

/** One step in a complaint's history. Carries no personal data, only who, when and what. */
export interface AuditEntry {
  complaintId: string;
  /** The complaint version this entry produced; unique per complaint. */
  version: number;
  at: string;
  actor: Actor;
  action: schema.AuditAction;
  /** The digest of the complaint's state at this version (on the last entry of each change). */
  stateDigest?: string;
  /** Chains this entry to the previous one; absent on entries written before the chain existed. */
  hash?: string;
}

/** A note, reply, piece of evidence, request or answer; written with the change that adds it. */
export interface CaseEntry {
  complaintId: string;
  version: number;
  kind: schema.CaseEntryKind;
  at: string;
  author: Actor;
  text?: string;
  evidence?: Evidence;
  /** Salts the text's envelope; removed with the text by an erasure. */
  textSalt?: string;
  /** SHA-256(textSalt ‖ text): what the audit chain holds of the text, kept after an erasure. */
  textEnvelope?: string;
}

export interface Notification {
  complaintId: string;
  /** The complaint version whose change queued it; with kind, unique per complaint. */
  version: number;
  kind: schema.NotificationKind;
  /** COMPLAINANT, or the staff id of an escalation's recipient. */
  recipient: string;
  state: schema.NotificationState;
  attempts: number;
  updatedAt: string;
  /** What the message says beyond the complaint itself (e.g. the escalation level). */
  detail?: Record<string, string>;
  /** While SENDING: until when the claim holds; a claim left by a crash expires. */
  claimedUntil?: string;
  /** The provider's message id once sent. */
  messageId?: string;
  /** A provider error name (never message text, which may quote an address). */
  lastError?: string;
}

/** LSH buckets and the phone hash of a new complaint, each kept until its window ends (epoch seconds). */
export interface DuplicateIndexEntry {
  bands: string[];
  bandsExpireAt: number;
  phoneHash?: string;
  phoneExpiresAt: number;
}

export const SYSTEM: Actor = { kind: 'SYSTEM' };
export const COMPLAINANT: Actor = { kind: 'COMPLAINANT' };

/** A committed change: the complaint's new state, the audit entry that records it, and what it adds. */
export interface ComplaintChange {
  complaint: Complaint;
  /**
   * When one step is several versions (feedback received, then reopened): the audit
   * entries of the versions between the stored one and `audit.version`, in order. The
   * store writes them all in the one transaction, guarded by the version before the first.
   */
  precedingAudits?: AuditEntry[];
  audit: AuditEntry;
  entries?: CaseEntry[];
  notifications?: Notification[];
  /** A new complaint's duplicate-index entries (hashes only), written in its transaction so later submissions find it. */
  duplicateIndex?: DuplicateIndexEntry;
  /** Duplicate-index entries deleted in the same transaction (erasure only: the phone hash must not outlive the phone). */
  dropDuplicateIndex?: Pick<DuplicateIndexEntry, 'bands' | 'phoneHash'>;
  /** Set by sealing: the audit head this change chains from; the store writes it only over that head. */
  chainedFrom?: string;
  /** Pending uploads this change records, each ATTACHED in its transaction only if it is still pending (a file is used once). */
  files?: StoredFileRecord[];
  /** Existing entries, emails and file records written over in the same transaction (erasure only). */
  rewrites?: { entries: CaseEntry[]; notifications: Notification[]; files?: StoredFileRecord[] };
}

/** Every final response, oldest first: the latest alone on a complaint stored before the earlier ones were kept. */
export const finalResponsesOf = (c: Complaint): FinalResponse[] => [...(c.earlierFinalResponses ?? []), ...(c.finalResponse ? [c.finalResponse] : [])];

/** Every feedback the complainant gave, oldest first; the latest alone on a complaint stored before. */
export const feedbackHistoryOf = (c: Complaint): Feedback[] => [...(c.earlierFeedback ?? []), ...(c.feedback ? [c.feedback] : [])];

/** The audit entries a change writes, in order: those of skipped versions first, then its own. */
export const changeAudits = (change: ComplaintChange): AuditEntry[] => [...(change.precedingAudits ?? []), change.audit];

/** The version the store must hold for `change` to apply: the one before its first audit entry. */
export const versionBefore = (change: ComplaintChange): number => changeAudits(change)[0].version - 1;

/**
 * `then`, decided on `first.complaint`, committed together with `first` as one step:
 * one transaction, an audit entry for each version, what either adds.
 */
export function followedBy(first: ComplaintChange, then: ComplaintChange): ComplaintChange {
  const joined = <T>(a?: T[], b?: T[]) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
  return {
    ...then,
    precedingAudits: [...(first.precedingAudits ?? []), first.audit, ...(then.precedingAudits ?? [])],
    entries: joined(first.entries, then.entries),
    notifications: joined(first.notifications, then.notifications),
    files: joined(first.files, then.files),
  };
}

/** Applies `action` as the next version of `complaint`. */
export function nextVersion(
  complaint: Complaint,
  update: Partial<Omit<Complaint, 'id' | 'version'>>,
  action: schema.AuditAction,
  actor: Actor,
  at: Date,
): ComplaintChange {
  const version = complaint.version + 1;
  return {
    complaint: { ...complaint, ...update, version },
    audit: { complaintId: complaint.id, version, at: at.toISOString(), actor, action },
  };
}
