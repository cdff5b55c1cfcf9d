import type { Channel, Complaint } from '../complaint';
import { localDate } from '../clocks/time-zone';
import { ERASED } from '../data-protection';
import { CFPB_COLUMNS, type CfpbColumn } from '../import/cfpb-row';
import { cfpbFields } from '../resolution/cfpb-fields';
import type { CfpbResponseCategory } from '../../graphql/generated/types';
import { receivedDay } from './full-export';
import { scrubNarrative } from './scrub';

export const OPEN_DATA_HEADER: readonly string[] = CFPB_COLUMNS;

export interface OpenDataContext {
  /** For the response fields of complaints still within their 15 days. */
  now: Date;
  /** The organization's, for the day a platform complaint was decided on. */
  timeZone: string;
}

/** The CFPB's words where it has the channel; its list has no chat, social media or visit. */
const SUBMITTED_VIA: Record<Channel, string> = {
  WEB: 'Web',
  EMAIL: 'Email',
  PHONE: 'Phone',
  LETTER: 'Postal mail',
  PARTNER_API: 'Referral',
  CHAT: 'Chat',
  SOCIAL_MEDIA: 'Social media',
  IN_PERSON: 'In person',
};

const COMPANY_RESPONSE: Record<CfpbResponseCategory, string> = {
  CLOSED_WITH_EXPLANATION: 'Closed with explanation',
  CLOSED_WITH_MONETARY_RELIEF: 'Closed with monetary relief',
  CLOSED_WITH_NON_MONETARY_RELIEF: 'Closed with non-monetary relief',
  IN_PROGRESS: 'In progress',
  UNTIMELY_RESPONSE: 'Untimely response',
};

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Yes' : 'No');

/**
 * The narrative, only with consent and never after erasure. A platform complaint's facts
 * are scrubbed here; an imported one's are published as the CFPB published them, scrubbed
 * already (its complainant is a placeholder, and scrubbing again would change the data).
 */
function narrative(c: Complaint): string {
  if (!c.narrativeConsent || c.facts === ERASED) return '';
  return c.source ? c.facts : scrubNarrative(c.facts, c.complainant);
}

type ResponseColumn = 'Company response to consumer' | 'Timely response?' | 'Consumer disputed?';

/** The CFPB's verdicts on an imported complaint; computed from the complaint on a platform one. */
function response(c: Complaint, now: Date): Record<ResponseColumn, string> {
  const source = c.source?.fields;
  if (source) {
    return { 'Company response to consumer': source.companyResponse ?? '', 'Timely response?': source.timelyResponse ?? '', 'Consumer disputed?': source.consumerDisputed ?? '' };
  }
  const computed = cfpbFields(c, now);
  return {
    'Company response to consumer': COMPANY_RESPONSE[computed.responseCategory],
    'Timely response?': yesNo(computed.timelyResponse),
    'Consumer disputed?': yesNo(computed.consumerDisputed),
  };
}

/** What a complaint publishes under each column: an imported one gives back the source's own values. */
function values(c: Complaint, context: OpenDataContext): Record<CfpbColumn, string> {
  const source = c.source?.fields;
  return {
    'Date received': receivedDay(c),
    Product: c.product ?? '',
    'Sub-product': source?.subProduct ?? '',
    Issue: c.category,
    'Sub-issue': source?.subIssue ?? '',
    'Consumer complaint narrative': narrative(c),
    'Company public response': source?.companyPublicResponse ?? '',
    Company: c.respondent.name,
    // A platform complaint's region is typed by the complainant (it may be an address, and erasure removes it): published only as the CFPB's own state code.
    State: source ? (c.region ?? '') : '',
    // Narrows down where the complainant lives: never published.
    'ZIP code': '',
    Tags: source?.tags ?? '',
    'Consumer consent provided?': source?.consumerConsent ?? (c.narrativeConsent ? 'Consent provided' : 'Consent not provided'),
    'Submitted via': source?.submittedVia ?? SUBMITTED_VIA[c.channel],
    // Imported dates are stored as that day at 00:00Z, so their day is the UTC one.
    'Date sent to company': c.decision ? (source ? c.decision.at.slice(0, 10) : localDate(new Date(c.decision.at), context.timeZone)) : '',
    ...response(c, context.now),
    'Complaint ID': c.source?.id ?? c.reference,
  };
}

/** One row of the open-data export, in the CFPB's column order. */
export function openDataRow(c: Complaint, context: OpenDataContext): string[] {
  const row = values(c, context);
  return CFPB_COLUMNS.map((column) => row[column]);
}
