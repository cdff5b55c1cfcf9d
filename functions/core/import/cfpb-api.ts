/**
 * A complaint of the CFPB's public API (its search at
 * consumerfinance.gov/data-research/consumer-complaints/search/api/v1/) as a row of the
 * export. The API names the same fields in snake_case (the list its `_source` returns);
 * a hit of the search carries the complaint in `_source`, the JSON export gives hits or
 * bare complaints.
 */
import type { CfpbColumn, CfpbRecord } from './cfpb-row';

export const API_FIELDS: Readonly<Record<string, CfpbColumn>> = {
  date_received: 'Date received',
  product: 'Product',
  sub_product: 'Sub-product',
  issue: 'Issue',
  sub_issue: 'Sub-issue',
  complaint_what_happened: 'Consumer complaint narrative',
  company_public_response: 'Company public response',
  company: 'Company',
  state: 'State',
  zip_code: 'ZIP code',
  tags: 'Tags',
  consumer_consent_provided: 'Consumer consent provided?',
  submitted_via: 'Submitted via',
  date_sent_to_company: 'Date sent to company',
  company_response: 'Company response to consumer',
  timely: 'Timely response?',
  consumer_disputed: 'Consumer disputed?',
  complaint_id: 'Complaint ID',
};

export type ApiRecordResult = { record: CfpbRecord } | { unreadable: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The API's null (no narrative, no tags) is the export's empty field; its ids may be numbers, its tags a list. */
function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return undefined;
}

/** The row an API complaint (or a search hit holding one) describes; fields it does not send stay absent. */
export function recordFromApiComplaint(item: unknown): ApiRecordResult {
  const complaint = isObject(item) && isObject(item._source) ? item._source : item;
  if (!isObject(complaint)) return { unreadable: 'is not a complaint object' };
  const record: Partial<Record<CfpbColumn, string>> = {};
  for (const [field, column] of Object.entries(API_FIELDS)) {
    if (!Object.hasOwn(complaint, field)) continue;
    const value = text(complaint[field]);
    if (value === undefined) return { unreadable: `${field} is not text` };
    record[column] = value;
  }
  return { record };
}
