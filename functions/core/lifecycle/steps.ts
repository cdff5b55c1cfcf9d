import type { FinalResponseInput } from '../../graphql/generated/types';
import type { ClockEvent } from '../clocks/clock-definitions';
import {
  COMPLAINANT,
  followedBy,
  nextVersion,
  type Actor,
  type AuditAction,
  type CaseEntry,
  type Complaint,
  type ComplaintChange,
  type EscalationLevel,
  type Evidence,
  type Notification,
  type NotificationKind,
  type RejectionReason,
} from '../complaint';
import { contactKeys, sameContact } from '../duplicates/contacts';
import { similarity } from '../duplicates/similarity';
import { SIMILAR_TEXT_THRESHOLD, type DuplicateSuggestion } from '../duplicates/suggestions';
import { shingles } from '../duplicates/text-shingles';
import { invalidInput } from '../errors';
import { attached, type StoredFileRecord } from '../files/stored-file';
import type { TriageKind, TriageSuggestion } from '../triage/suggestions';
import type { OrganizationSettings } from '../organization/settings';
import { clocksAfter, pauseAll, resumeAll, stopAll } from './clock-book';
import { escalationRecipient } from './escalation';
import { ESCALATION_LEVELS, ESCALATION_RANK } from './queues';
import { requireStep, TRANSITIONS, type LifecycleStep } from './transitions';

/** What a step needs besides the complaint. */
export interface StepContext {
  actor: Actor;
  now: Date;
  settings: OrganizationSettings;
}

export function notice(c: Complaint, kind: NotificationKind, at: Date, recipient = 'COMPLAINANT', detail?: Record<string, string>): Notification {
  return { complaintId: c.id, version: c.version, kind, recipient, state: 'PENDING', attempts: 0, updatedAt: at.toISOString(), detail };
}

export function entry(c: Complaint, kind: CaseEntry['kind'], ctx: StepContext, text?: string, evidence?: Evidence): CaseEntry {
  return { complaintId: c.id, version: c.version, kind, at: ctx.now.toISOString(), author: ctx.actor, text, evidence };
}

/**
 * The next version after `step`, checked against the status model. `update` sees the
 * new version so notices and entries carry it. A step that queues an email or moves a
 * clock starts a new workflow epoch, which the caller starts an execution for.
 */
function take(
  c: Complaint,
  step: LifecycleStep,
  action: AuditAction,
  ctx: StepContext,
  update: Partial<Complaint> = {},
  adds: (next: Complaint) => Pick<ComplaintChange, 'entries' | 'notifications' | 'files'> = () => ({}),
): ComplaintChange {
  requireStep(step, c.status);
  const to = TRANSITIONS[step].to;
  const change = nextVersion(c, { ...update, ...(to ? { status: to } : {}) }, action, ctx.actor, ctx.now);
  const { entries, notifications, files } = adds(change.complaint);
  const newEpoch = Boolean(notifications?.length) || update.clocks !== undefined || to !== undefined || update.escalation !== undefined;
  if (newEpoch) change.complaint.workflowEpoch = change.complaint.version;
  return { ...change, entries, notifications, ...(files ? { files } : {}) };
}

/** The clock events of a step that answers the complainant for the first time, plus its own. */
function responding(c: Complaint, at: Date, events: ClockEvent[], settings: OrganizationSettings): Partial<Complaint> {
  return { clocks: clocksAfter(c, ['FIRST_RESPONSE', ...events], at, settings), firstResponseAt: c.firstResponseAt ?? at.toISOString() };
}

export function accept(c: Complaint, note: string | undefined, ctx: StepContext): ComplaintChange {
  const at = ctx.now.toISOString();
  return take(
    c,
    'ACCEPT',
    'ACCEPTED',
    ctx,
    { ...responding(c, ctx.now, ['ACCEPTANCE_DECISION', 'ACCEPTED'], ctx.settings), decision: { accepted: true, explanation: note, at } },
    (next) => ({ notifications: [notice(next, 'ACCEPTED', ctx.now)] }),
  );
}

export function reject(c: Complaint, reason: RejectionReason, explanation: string, ctx: StepContext): ComplaintChange {
  return take(
    c,
    'REJECT',
    'REJECTED',
    ctx,
    { clocks: stopAll(c.clocks, ctx.now), firstResponseAt: c.firstResponseAt ?? ctx.now.toISOString(), decision: { accepted: false, reason, explanation, at: ctx.now.toISOString() } },
    (next) => ({ notifications: [notice(next, 'REJECTED', ctx.now)] }),
  );
}

/**
 * Rejects `c` as a DUPLICATE of `into`, the same complainant's earlier complaint, which
 * goes on: the decision names its reference and the rejection email tells the
 * complainant to follow it. Refused for another complainant's complaint, so no one is
 * ever sent a reference that is not theirs.
 */
export function mergeAsDuplicate(c: Complaint, into: Complaint, ctx: StepContext): ComplaintChange {
  requireStep('REJECT', c.status);
  const problem =
    into.id === c.id
      ? 'is this complaint itself'
      : into.receivedAt >= c.receivedAt
        ? 'was received after this complaint: merge the later complaint into the earlier one'
        : into.status === 'REJECTED' || into.status === 'WITHDRAWN'
          ? `is ${into.status}: merge into the complaint that goes on`
          : !sameContact(contactKeys(c.complainant), contactKeys(into.complainant))
            ? "belongs to another complainant (no shared email address or phone): reject or handle this complaint on its own"
            : undefined;
  if (problem) throw invalidInput([{ field: 'intoId', message: problem }]);
  const suggestions = c.duplicateSuggestions ?? [];
  const known = suggestions.some((s) => s.complaintId === into.id);
  const merged: DuplicateSuggestion[] = known
    ? suggestions.map((s) => (s.complaintId === into.id ? { ...s, status: 'MERGED' } : s))
    : [...suggestions, mergedBeyondSuggestions(c, into)];
  return take(
    c,
    'REJECT',
    'REJECTED',
    ctx,
    {
      clocks: stopAll(c.clocks, ctx.now),
      firstResponseAt: c.firstResponseAt ?? ctx.now.toISOString(),
      decision: { accepted: false, reason: 'DUPLICATE', duplicateOf: into.reference, at: ctx.now.toISOString() },
      duplicateSuggestions: merged,
    },
    (next) => ({ notifications: [notice(next, 'REJECTED', ctx.now)] }),
  );
}

/** Staff may merge a duplicate intake did not suggest: it is recorded like one, with its score. */
function mergedBeyondSuggestions(c: Complaint, into: Complaint): DuplicateSuggestion {
  const { score } = similarity(shingles(c.facts), shingles(into.facts));
  return {
    complaintId: into.id,
    reference: into.reference,
    score: Math.round(score * 100) / 100,
    reasons: score >= SIMILAR_TEXT_THRESHOLD ? ['SAME_CONTACT', 'SIMILAR_TEXT'] : ['SAME_CONTACT'],
    status: 'MERGED',
  };
}

/** Staff found an open suggestion to be a different complaint. */
export function dismissDuplicate(c: Complaint, candidateId: string, ctx: StepContext): ComplaintChange {
  requireStep('DISMISS_DUPLICATE', c.status);
  const suggestions = c.duplicateSuggestions ?? [];
  if (!suggestions.some((s) => s.complaintId === candidateId && s.status === 'OPEN')) {
    throw invalidInput([{ field: 'candidateId', message: 'is not an open duplicate suggestion of this complaint' }]);
  }
  return take(c, 'DISMISS_DUPLICATE', 'DUPLICATE_DISMISSED', ctx, {
    duplicateSuggestions: suggestions.map((s) => (s.complaintId === candidateId ? { ...s, status: 'DISMISSED' } : s)),
  });
}

/** Staff confirm (correctedTo absent) or correct an open triage suggestion; the complaint's own fields stay. */
export function reviewTriage(c: Complaint, kind: TriageKind, value: string, correctedTo: string | undefined, ctx: StepContext): ComplaintChange {
  requireStep('REVIEW_TRIAGE', c.status);
  const suggestions = c.triageSuggestions ?? [];
  if (!suggestions.some((s) => s.kind === kind && s.value === value && s.status === 'OPEN')) {
    throw invalidInput([{ field: 'value', message: `is not an open ${kind} suggestion of this complaint` }]);
  }
  const reviewed = (s: TriageSuggestion): TriageSuggestion =>
    s.kind !== kind || s.value !== value ? s : correctedTo === undefined ? { ...s, status: 'ACCEPTED' } : { ...s, status: 'CORRECTED', correctedTo };
  return take(c, 'REVIEW_TRIAGE', correctedTo === undefined ? 'TRIAGE_ACCEPTED' : 'TRIAGE_CORRECTED', ctx, { triageSuggestions: suggestions.map(reviewed) });
}

/** Designates (from ACCEPTED or REOPENED) or changes the handler; only a designation is news to the complainant. */
export function assign(c: Complaint, handlerId: string, teamId: string | undefined, ctx: StepContext): ComplaintChange {
  const designating = c.status === 'ACCEPTED';
  const change = take(c, 'ASSIGN', 'HANDLER_ASSIGNED', ctx, { handlerId, teamId: teamId ?? c.teamId }, (next) => ({
    notifications: designating ? [notice(next, 'HANDLER_ASSIGNED', ctx.now)] : [],
  }));
  if (c.status === 'ACCEPTED' || c.status === 'REOPENED') change.complaint.status = 'ASSIGNED';
  return change;
}

export const startInvestigation = (c: Complaint, ctx: StepContext): ComplaintChange => take(c, 'START_INVESTIGATION', 'INVESTIGATION_STARTED', ctx);

export const addInternalNote = (c: Complaint, text: string, ctx: StepContext): ComplaintChange =>
  take(c, 'ADD_INTERNAL_NOTE', 'INTERNAL_NOTE_ADDED', ctx, {}, (next) => ({ entries: [entry(next, 'INTERNAL_NOTE', ctx, text)] }));

/**
 * Evidence, with its uploaded file when there is one: the entry keeps the file's SHA-256 and
 * object key (chained), the file's record is attached in the same transaction.
 */
export function addEvidence(c: Complaint, evidence: Evidence, ctx: StepContext, file?: StoredFileRecord): ComplaintChange {
  const recorded: Evidence = file ? { ...evidence, contentHash: file.sha256, fileReference: file.key, fileId: file.id } : evidence;
  return take(c, 'ADD_EVIDENCE', 'EVIDENCE_ADDED', ctx, {}, (next) => ({
    entries: [entry(next, 'EVIDENCE', ctx, undefined, recorded)],
    files: file && [attached(file, next.version, ctx.now, evidence.sharedWithComplainant === true)],
  }));
}

/** What an attachment's evidence says; the complainant's own description is the entry's text, which an erasure removes. */
export const ATTACHMENT_EVIDENCE = { description: 'Attached by the complainant', source: 'complainant' } as const;

/**
 * The complainant's attachment: an EVIDENCE entry by the complainant (the same step and
 * audit action as staff evidence; the actor tells them apart), shared with them.
 */
export function attachFile(c: Complaint, file: StoredFileRecord, description: string | undefined, ctx: StepContext): ComplaintChange {
  const asComplainant = { ...ctx, actor: COMPLAINANT };
  const evidence: Evidence = { ...ATTACHMENT_EVIDENCE, contentHash: file.sha256, fileReference: file.key, fileId: file.id, sharedWithComplainant: true };
  return take(c, 'ADD_EVIDENCE', 'EVIDENCE_ADDED', asComplainant, {}, (next) => ({
    entries: [entry(next, 'EVIDENCE', asComplainant, description, evidence)],
    files: [attached(file, next.version, ctx.now, true)],
  }));
}

export const sendPublicReply = (c: Complaint, message: string, ctx: StepContext): ComplaintChange =>
  take(c, 'SEND_PUBLIC_REPLY', 'PUBLIC_REPLY_SENT', ctx, responding(c, ctx.now, [], ctx.settings), (next) => ({
    entries: [entry(next, 'PUBLIC_REPLY', ctx, message)],
    notifications: [notice(next, 'PUBLIC_REPLY', ctx.now, 'COMPLAINANT', { text: message })],
  }));

/** Asks the complainant and pauses the SLA clocks until they answer. */
export function requestInformation(c: Complaint, question: string, ctx: StepContext): ComplaintChange {
  const answered = responding(c, ctx.now, [], ctx.settings);
  return take(c, 'REQUEST_INFORMATION', 'INFORMATION_REQUESTED', ctx, { ...answered, clocks: pauseAll(answered.clocks!, ctx.now), pendingRequest: question }, (next) => ({
    entries: [entry(next, 'INFORMATION_REQUEST', ctx, question)],
    notifications: [notice(next, 'INFORMATION_REQUESTED', ctx.now, 'COMPLAINANT', { text: question })],
  }));
}

/**
 * The complainant wrote (an email reply) outside a request for information: a public
 * entry in their words, and the handler told (the supervisor, then the manager, when
 * there is no handler yet), with no personal data in the email.
 */
export function receiveComplainantMessage(c: Complaint, text: string, ctx: StepContext): ComplaintChange {
  const asComplainant = { ...ctx, actor: COMPLAINANT };
  return take(c, 'RECEIVE_MESSAGE', 'COMPLAINANT_MESSAGE_RECEIVED', asComplainant, {}, (next) => ({
    entries: [entry(next, 'COMPLAINANT_MESSAGE', asComplainant, text)],
    notifications: [notice(next, 'COMPLAINANT_MESSAGE', ctx.now, escalationRecipient(next, 'HANDLER', ctx.settings), { at: ctx.now.toISOString() })],
  }));
}

/** The complainant's answer: the investigation and the SLA clocks go on. */
export const provideInformation = (c: Complaint, answer: string, ctx: StepContext): ComplaintChange =>
  take(c, 'PROVIDE_INFORMATION', 'INFORMATION_PROVIDED', { ...ctx, actor: COMPLAINANT }, { clocks: resumeAll(c.clocks, ctx.now, ctx.settings), pendingRequest: undefined }, (next) => ({
    entries: [entry(next, 'INFORMATION_RESPONSE', { ...ctx, actor: COMPLAINANT }, answer)],
  }));

export function resolve(c: Complaint, response: FinalResponseInput, furtherRecourse: string, ctx: StepContext): ComplaintChange {
  const finalResponse = {
    outcome: response.outcome,
    reasons: response.reasons.trim(),
    remedies: response.remedies,
    remedyDetails: response.remedyDetails?.trim() || undefined,
    followUpMeasures: response.followUpMeasures.trim(),
    rootCause: response.rootCause,
    furtherRecourse,
    at: ctx.now.toISOString(),
  };
  // A reopened complaint's earlier answer stays on the record.
  const earlierFinalResponses = c.finalResponse ? [...(c.earlierFinalResponses ?? []), c.finalResponse] : c.earlierFinalResponses;
  return take(c, 'RESOLVE', 'RESOLVED', ctx, { ...responding(c, ctx.now, ['RESOLUTION'], ctx.settings), finalResponse, earlierFinalResponses }, (next) => ({
    // Which answer the email carries: a retry after a reopening and a second answer still sends this one.
    notifications: [notice(next, 'FINAL_RESPONSE', ctx.now, 'COMPLAINANT', { respondedAt: finalResponse.at })],
  }));
}

export function withdraw(c: Complaint, reason: string | undefined, ctx: StepContext): ComplaintChange {
  const actor = COMPLAINANT;
  return take(c, 'WITHDRAW', 'WITHDRAWN', { ...ctx, actor }, { clocks: stopAll(c.clocks, ctx.now), pendingRequest: undefined }, (next) => ({
    entries: reason ? [entry(next, 'WITHDRAWAL_REASON', { ...ctx, actor }, reason)] : [],
    notifications: [notice(next, 'WITHDRAWN', ctx.now)],
  }));
}

/** One level up (handler → supervisor → manager), the recipient emailed. */
export function escalate(c: Complaint, to: EscalationLevel, reason: string, ctx: StepContext): ComplaintChange {
  const escalation = { level: to, at: ctx.now.toISOString(), reason };
  return take(c, 'ESCALATE', 'ESCALATED', ctx, { escalation }, (next) => ({
    notifications: [notice(next, 'ESCALATION', ctx.now, escalationRecipient(next, to, ctx.settings), { level: to, reason })],
  }));
}

export const nextLevel = (level: EscalationLevel): EscalationLevel => ESCALATION_LEVELS[Math.min(ESCALATION_RANK[level] + 1, 3)];

/**
 * Satisfied: closed (FEEDBACK_RECEIVED). A low rating or "not resolved": recorded as
 * FEEDBACK_RECEIVED, then REOPENED and escalated to the supervisor, two versions in one
 * transaction. Earlier feedback stays on the record.
 */
export function receiveFeedback(c: Complaint, feedback: { rating: number; resolved: boolean; comment?: string }, ctx: StepContext): ComplaintChange {
  const actor = COMPLAINANT;
  const at = ctx.now.toISOString();
  const satisfied = feedback.resolved && feedback.rating > ctx.settings.reopenAtOrBelowRating;
  const recorded = { feedback: { ...feedback, at }, earlierFeedback: c.feedback ? [...(c.earlierFeedback ?? []), c.feedback] : c.earlierFeedback };
  if (satisfied) {
    return take(c, 'RECEIVE_FEEDBACK', 'FEEDBACK_RECEIVED', { ...ctx, actor }, { ...recorded, status: 'CLOSED', clocks: stopAll(c.clocks, ctx.now) }, (next) => ({
      notifications: [notice(next, 'CLOSED', ctx.now)],
    }));
  }
  const received = nextVersion(c, recorded, 'FEEDBACK_RECEIVED', actor, ctx.now);
  const level = ESCALATION_RANK[c.escalation.level] >= ESCALATION_RANK.SUPERVISOR ? c.escalation.level : 'SUPERVISOR';
  const escalation = { level, at, reason: 'FEEDBACK' };
  const reopened = take(received.complaint, 'RECEIVE_FEEDBACK', 'REOPENED', { ...ctx, actor }, { status: 'REOPENED', escalation, reopenCount: (c.reopenCount ?? 0) + 1 }, (next) => ({
    notifications: [
      notice(next, 'REOPENED', ctx.now),
      notice(next, 'ESCALATION', ctx.now, escalationRecipient(next, level, ctx.settings), { level, reason: 'FEEDBACK' }),
    ],
  }));
  return followedBy(received, reopened);
}
