import { feedbackHistoryOf, finalResponsesOf, type AuditAction, type AuditEntry, type CaseEntryKind, type Feedback, type FinalResponse } from './complaint';
import { finalResponseText } from './messages/final-response-text';
import type { ComplaintRecord } from './ports';

/** The steps a complainant may see on their timeline. */
export const PUBLIC_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'COMPLAINT_RECEIVED', 'ACCEPTED', 'REJECTED', 'HANDLER_ASSIGNED', 'INVESTIGATION_STARTED', 'PUBLIC_REPLY_SENT', 'INFORMATION_REQUESTED',
  'INFORMATION_PROVIDED', 'COMPLAINANT_MESSAGE_RECEIVED', 'RESOLVED', 'FEEDBACK_REQUESTED', 'FEEDBACK_RECEIVED', 'CLOSED', 'REOPENED', 'WITHDRAWN',
]);
export const PUBLIC_ENTRIES: ReadonlySet<CaseEntryKind> = new Set<CaseEntryKind>(['PUBLIC_REPLY', 'INFORMATION_REQUEST', 'INFORMATION_RESPONSE', 'WITHDRAWAL_REASON', 'COMPLAINANT_MESSAGE']);

export interface TimelineStep {
  at: string;
  action: AuditAction;
  text?: string;
  finalResponse?: FinalResponse;
  feedback?: Feedback;
}

/**
 * Which step recorded each item, pairing them from the end: every RESOLVED step has its
 * response and every feedback step its feedback, except on complaints stored before
 * earlier ones were kept, which have only the latest, recorded by the latest such step.
 */
function byVersion<T>(record: ComplaintRecord, recorded: (h: AuditEntry, i: number) => boolean, items: T[]): Map<number, T> {
  const versions = record.history.filter(recorded).map((h) => h.version);
  const skipped = versions.length - items.length;
  return new Map(items.flatMap((item, i) => (i + skipped >= 0 ? [[versions[i + skipped], item] as const] : [])));
}

/**
 * What the complainant sees of the history, oldest first: each step with the text they
 * were sent or wrote; a final response as they read it, in their language; their feedback
 * as they gave it, every time they gave it.
 */
export function publicTimeline(record: ComplaintRecord): TimelineStep[] {
  const c = record.complaint;
  const texts = new Map(record.entries.filter((e) => PUBLIC_ENTRIES.has(e.kind)).map((e) => [e.version, e.text]));
  const responses = byVersion(record, (h) => h.action === 'RESOLVED', finalResponsesOf(c));
  // Before a low rating was recorded as FEEDBACK_RECEIVED, its REOPENED step recorded it alone.
  const gaveFeedback = (h: AuditEntry, i: number) =>
    h.action === 'FEEDBACK_RECEIVED' || (h.action === 'REOPENED' && record.history[i - 1]?.action !== 'FEEDBACK_RECEIVED');
  const feedback = byVersion(record, gaveFeedback, feedbackHistoryOf(c));
  return record.history
    .filter((h) => PUBLIC_ACTIONS.has(h.action))
    .map((h) => {
      const response = responses.get(h.version);
      const given = feedback.get(h.version);
      const text = texts.get(h.version) ?? (response ? finalResponseText(response, c.complainant.preferredLanguage) : given?.comment);
      return { at: h.at, action: h.action, text, finalResponse: response, feedback: given };
    });
}
