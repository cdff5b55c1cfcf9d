import type { CfpbResponseCategory, Remedy } from '../../graphql/generated/types';
import type { Complaint } from '../complaint';

/** The CFPB expects a company response within 15 calendar days of receiving the complaint. */
const RESPONSE_DAYS = 15;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Feedback rated at or below this counts as disputed, as would "not resolved". */
const DISPUTED_AT_OR_BELOW = 2;

const MONETARY: Remedy[] = ['REFUND', 'COMPENSATION'];
const NON_MONETARY: Remedy[] = ['REPLACEMENT', 'REPAIR', 'APOLOGY', 'OTHER'];

export interface CfpbFields {
  /** null while there is no response and the 15 days have not run out. */
  timelyResponse: boolean | null;
  responseCategory: CfpbResponseCategory;
  /** null until the complainant gives feedback. */
  consumerDisputed: boolean | null;
}

/** The complaint's fields as the CFPB publishes them, at `now`. */
export function cfpbFields(complaint: Complaint, now: Date): CfpbFields {
  // 15 days of 24 hours: the CFPB counts calendar days, and no organization zone is needed to count them.
  const respondBy = new Date(complaint.receivedAt).getTime() + RESPONSE_DAYS * DAY_MS;
  const timelyResponse = complaint.firstResponseAt
    ? new Date(complaint.firstResponseAt).getTime() <= respondBy
    : now.getTime() > respondBy
      ? false
      : null;
  return { timelyResponse, responseCategory: responseCategory(complaint, timelyResponse), consumerDisputed: consumerDisputed(complaint) };
}

function responseCategory(complaint: Complaint, timelyResponse: boolean | null): CfpbResponseCategory {
  const remedies = complaint.finalResponse?.remedies;
  if (remedies) {
    if (remedies.some((r) => MONETARY.includes(r))) return 'CLOSED_WITH_MONETARY_RELIEF';
    if (remedies.some((r) => NON_MONETARY.includes(r))) return 'CLOSED_WITH_NON_MONETARY_RELIEF';
    return 'CLOSED_WITH_EXPLANATION';
  }
  // A decision ends a rejected or withdrawn complaint without relief, however late it came.
  if ((complaint.status === 'REJECTED' || complaint.status === 'WITHDRAWN') && complaint.decision) return 'CLOSED_WITH_EXPLANATION';
  return timelyResponse === false ? 'UNTIMELY_RESPONSE' : 'IN_PROGRESS';
}

function consumerDisputed(complaint: Complaint): boolean | null {
  const feedback = complaint.feedback;
  if (!feedback) return null;
  return !feedback.resolved || feedback.rating <= DISPUTED_AT_OR_BELOW;
}
