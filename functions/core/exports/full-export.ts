import { feedbackHistoryOf, finalResponsesOf, type Complaint } from '../complaint';

type Column = readonly [header: string, value: (c: Complaint) => string | number | boolean | undefined];

const clocksIn = (c: Complaint, state: 'MET' | 'BREACHED') => c.clocks.filter((clock) => clock.state === state).length;

/** The organization's day of receipt; complaints stored before it was recorded count on their UTC day. */
export const receivedDay = (c: Complaint): string => c.receivedOn ?? c.receivedAt.slice(0, 10);

/**
 * What staff see of a complaint, for the organization's own analysis, without the
 * complainant: no name, contact details or address, no facts or request in their words,
 * no notes or replies, no feedback comment, no free-text explanation. The latest answer
 * and rating have their own columns; every answer's outcome and every rating follow, in order.
 */
const COLUMNS: readonly Column[] = [
  ['reference', (c) => c.reference],
  ['id', (c) => c.id],
  ['receivedAt', (c) => c.receivedAt],
  ['receivedOn', receivedDay],
  ['status', (c) => c.status],
  ['channel', (c) => c.channel],
  ['category', (c) => c.category],
  ['product', (c) => c.product],
  ['respondent', (c) => c.respondent.name],
  ['region', (c) => c.region],
  ['priority', (c) => c.priority],
  ['outcome', (c) => c.finalResponse?.outcome],
  ['remedies', (c) => c.finalResponse?.remedies.join(';')],
  ['rootCause', (c) => c.finalResponse?.rootCause],
  ['decision', (c) => c.decision && (c.decision.accepted ? 'ACCEPTED' : 'REJECTED')],
  ['rejectionReason', (c) => c.decision?.reason],
  ['decidedAt', (c) => c.decision?.at],
  ['firstResponseAt', (c) => c.firstResponseAt],
  ['resolvedAt', (c) => c.finalResponse?.at],
  ['clocksMet', (c) => clocksIn(c, 'MET')],
  ['clocksBreached', (c) => clocksIn(c, 'BREACHED')],
  ['escalationLevel', (c) => c.escalation.level],
  ['rating', (c) => c.feedback?.rating],
  ['resolved', (c) => c.feedback?.resolved],
  ['reopenCount', (c) => c.reopenCount ?? 0],
  // Every answer and every rating, oldest first, joined with ';' (the columns above hold the latest).
  ['responseCount', (c) => finalResponsesOf(c).length],
  ['responseOutcomes', (c) => finalResponsesOf(c).map((r) => r.outcome).join(';')],
  ['respondedAt', (c) => finalResponsesOf(c).map((r) => r.at).join(';')],
  ['feedbackCount', (c) => feedbackHistoryOf(c).length],
  ['feedbackRatings', (c) => feedbackHistoryOf(c).map((f) => f.rating).join(';')],
  ['feedbackResolved', (c) => feedbackHistoryOf(c).map((f) => f.resolved).join(';')],
  ['feedbackAt', (c) => feedbackHistoryOf(c).map((f) => f.at).join(';')],
];

export const FULL_EXPORT_HEADER: readonly string[] = COLUMNS.map(([header]) => header);

export function fullExportRow(c: Complaint): string[] {
  return COLUMNS.map(([, value]) => String(value(c) ?? ''));
}
