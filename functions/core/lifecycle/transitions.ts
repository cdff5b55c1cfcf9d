import type { ComplaintStatus } from '../../graphql/generated/schema-types';
import { DomainError } from '../errors';

/**
 * The legal moves of a complaint (drawn in docs/ARCHITECTURE.md). Every lifecycle
 * step names the statuses it may start from and where it leads; anything else is
 * refused before any write.
 */
export type LifecycleStep =
  | 'ACCEPT'
  | 'REJECT'
  | 'ASSIGN'
  | 'START_INVESTIGATION'
  | 'ADD_INTERNAL_NOTE'
  | 'SEND_PUBLIC_REPLY'
  | 'ADD_EVIDENCE'
  | 'REQUEST_INFORMATION'
  | 'PROVIDE_INFORMATION'
  | 'RESOLVE'
  | 'REQUEST_FEEDBACK'
  | 'RECEIVE_FEEDBACK'
  | 'CLOSE_WITHOUT_FEEDBACK'
  | 'WITHDRAW'
  | 'ESCALATE'
  | 'DISMISS_DUPLICATE'
  | 'REVIEW_TRIAGE'
  | 'RECEIVE_MESSAGE';

export const TERMINAL: ReadonlySet<ComplaintStatus> = new Set<ComplaintStatus>(['CLOSED', 'REJECTED', 'WITHDRAWN']);

const OPEN: ComplaintStatus[] = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'INVESTIGATING', 'AWAITING_COMPLAINANT', 'RESOLVED', 'FEEDBACK_PENDING', 'REOPENED'];
const HANDLING: ComplaintStatus[] = ['ASSIGNED', 'INVESTIGATING', 'AWAITING_COMPLAINANT', 'REOPENED'];

/** from: where the step may start; to: where it leads (absent: the status stays). */
export const TRANSITIONS: Record<LifecycleStep, { from: readonly ComplaintStatus[]; to?: ComplaintStatus }> = {
  ACCEPT: { from: ['RECEIVED'], to: 'ACCEPTED' },
  REJECT: { from: ['RECEIVED'], to: 'REJECTED' },
  // From ACCEPTED or REOPENED it designates the handler; later it reassigns.
  ASSIGN: { from: ['ACCEPTED', ...HANDLING] },
  START_INVESTIGATION: { from: ['ASSIGNED', 'REOPENED'], to: 'INVESTIGATING' },
  ADD_INTERNAL_NOTE: { from: OPEN },
  SEND_PUBLIC_REPLY: { from: OPEN },
  ADD_EVIDENCE: { from: OPEN },
  REQUEST_INFORMATION: { from: ['INVESTIGATING'], to: 'AWAITING_COMPLAINANT' },
  PROVIDE_INFORMATION: { from: ['AWAITING_COMPLAINANT'], to: 'INVESTIGATING' },
  RESOLVE: { from: ['INVESTIGATING'], to: 'RESOLVED' },
  REQUEST_FEEDBACK: { from: ['RESOLVED'], to: 'FEEDBACK_PENDING' },
  // Leads to CLOSED when satisfied, REOPENED when not: decided by the feedback.
  RECEIVE_FEEDBACK: { from: ['FEEDBACK_PENDING'] },
  CLOSE_WITHOUT_FEEDBACK: { from: ['FEEDBACK_PENDING'], to: 'CLOSED' },
  WITHDRAW: { from: ['RECEIVED', 'ACCEPTED', ...HANDLING], to: 'WITHDRAWN' },
  ESCALATE: { from: OPEN },
  // Merging is a rejection (REJECT); dismissing a suggestion changes no status.
  DISMISS_DUPLICATE: { from: OPEN },
  // Reviewing a triage suggestion changes no status; like every step, none once the complaint is over.
  REVIEW_TRIAGE: { from: OPEN },
  // The complainant writes (an email reply) outside a request for information.
  RECEIVE_MESSAGE: { from: OPEN },
};

const READABLE: Record<LifecycleStep, string> = {
  ACCEPT: 'accepted',
  REJECT: 'rejected',
  ASSIGN: 'assigned',
  START_INVESTIGATION: 'put under investigation',
  ADD_INTERNAL_NOTE: 'given a note',
  SEND_PUBLIC_REPLY: 'replied to',
  ADD_EVIDENCE: 'given evidence',
  REQUEST_INFORMATION: 'sent a request for information',
  PROVIDE_INFORMATION: 'answered',
  RESOLVE: 'resolved',
  REQUEST_FEEDBACK: 'sent a feedback survey',
  RECEIVE_FEEDBACK: 'given feedback',
  CLOSE_WITHOUT_FEEDBACK: 'closed',
  WITHDRAW: 'withdrawn',
  ESCALATE: 'escalated',
  DISMISS_DUPLICATE: 'cleared of a duplicate suggestion',
  REVIEW_TRIAGE: 'given a triage review',
  RECEIVE_MESSAGE: 'sent a message',
};

export function canTake(step: LifecycleStep, status: ComplaintStatus): boolean {
  return TRANSITIONS[step].from.includes(status);
}

/** Refuses a step the complaint's status does not allow, saying which statuses would. */
export function requireStep(step: LifecycleStep, status: ComplaintStatus): void {
  if (!canTake(step, status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `A complaint that is ${status} cannot be ${READABLE[step]}; it must be ${TRANSITIONS[step].from.join(' or ')}.`,
    );
  }
}
