/**
 * Every value the CFPB has published for its categorical fields, and what each means here.
 *
 * Sources: the CFPB's field reference (cfpb.github.io/api/ccdb/fields.html: the consent
 * values, the Tags, the yes/no fields), the responses its company portal offers companies,
 * and the values its data has carried over the years: "Closed with relief" and "Closed
 * without relief" from the first years, before monetary and non-monetary relief were told
 * apart, and the later Submitted via "Web Referral".
 *
 * A value not in these lists is not a reason to refuse a real complaint: the row is
 * imported with a fallback (below), its text kept in the complaint's source fields.
 */
import type { Channel, Outcome, Remedy } from '../complaint';

/** Lookups ignore case and runs of spaces; the stored source field keeps the text as written. */
const key = (value: string): string => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** A published value's meaning, or `undefined` when the CFPB never published `value` for the field. */
function lookup<T>(table: Readonly<Record<string, T>>): (value: string) => T | undefined {
  const byKey = new Map(Object.entries(table).map(([published, meaning]) => [key(published), meaning]));
  return (value) => byKey.get(key(value));
}

export const SUBMITTED_VIA: Readonly<Record<string, Channel>> = {
  Web: 'WEB',
  Email: 'EMAIL',
  Phone: 'PHONE',
  'Postal mail': 'LETTER',
  Fax: 'LETTER',
  // Another agency passed it on, by its own intake or through the CFPB's web referral form.
  Referral: 'PARTNER_API',
  'Web Referral': 'PARTNER_API',
};

/** Most complaints reach the CFPB through its website; an unknown way in is taken as that one. */
export const UNKNOWN_CHANNEL: Channel = 'WEB';

export interface Resolution {
  closed: boolean;
  outcome?: Outcome;
  remedies?: Remedy[];
}

export const COMPANY_RESPONSES: Readonly<Record<string, Resolution>> = {
  'Closed with explanation': { closed: true, outcome: 'NOT_UPHELD', remedies: ['EXPLANATION'] },
  Closed: { closed: true, outcome: 'NOT_UPHELD', remedies: [] },
  'Closed with monetary relief': { closed: true, outcome: 'UPHELD', remedies: ['COMPENSATION'] },
  'Closed with non-monetary relief': { closed: true, outcome: 'PARTLY_UPHELD', remedies: ['OTHER'] },
  // The early years' pair: relief of a kind the CFPB did not record, or none.
  'Closed with relief': { closed: true, outcome: 'UPHELD', remedies: ['OTHER'] },
  'Closed without relief': { closed: true, outcome: 'NOT_UPHELD', remedies: [] },
  'In progress': { closed: false },
  'Untimely response': { closed: false },
};

/** Nothing says the company closed it: the complaint stays open, without an outcome. */
export const UNKNOWN_RESPONSE: Resolution = { closed: false };

export const TIMELY: Readonly<Record<string, boolean>> = { Yes: true, No: false };

/** Blank is published too: it shows until 60 days after the complaint went to the company. */
export const CONSENT_VALUES = ['Consent provided', 'Consent not provided', 'Consent withdrawn', 'N/A', 'Other', ''] as const;
export const CONSENT_PROVIDED = 'Consent provided';

/** N/A since the CFPB stopped asking (April 2017); the 16-column exports leave the column out. */
export const DISPUTED_VALUES = ['Yes', 'No', 'N/A', ''] as const;

export const TAG_VALUES = ['', 'Older American', 'Servicemember', 'Older American, Servicemember'] as const;

const asTable = (values: readonly string[]): Record<string, true> => Object.fromEntries(values.map((v) => [v, true]));

export const channelOf = lookup(SUBMITTED_VIA);
export const resolutionOf = lookup(COMPANY_RESPONSES);
export const timelyOf = lookup(TIMELY);
export const isPublishedConsent = lookup(asTable(CONSENT_VALUES));
export const isPublishedDisputed = lookup(asTable(DISPUTED_VALUES));
export const isPublishedTags = lookup(asTable(TAG_VALUES));
export const consentProvided = (value: string): boolean => key(value) === key(CONSENT_PROVIDED);
