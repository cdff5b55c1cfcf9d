/**
 * One row of the CFPB's public complaint data (the export's 18 columns, the 16 of a variant
 * without consent and dispute, or a complaint of its API put in the same columns) as a complaint.
 *
 * Mapping:
 * - id: a UUID (version 5 layout) from SHA-256 of `cfpb:<Complaint ID>`; reference
 *   `CFPB-<Complaint ID>`. References are unique across the deployment, so the reference
 *   claim makes a second import of the same row write nothing (ReferenceTaken).
 * - receivedOn = Date received (YYYY-MM-DD, MM/DD/YYYY or an ISO-8601 timestamp's own day);
 *   receivedAt = that day at 00:00Z. category = Issue, product = Product,
 *   respondent.name = Company, region = State (absent when empty).
 * - The categorical columns take every value the CFPB has published (cfpb-values.ts), in
 *   any case. A value it never published does not refuse the row: the row is imported with
 *   a fallback, the text is kept in source.fields and the column is reported in
 *   `unknownValues` (the value never is).
 * - channel from Submitted via: Web → WEB, Email → EMAIL, Phone → PHONE, Postal mail and
 *   Fax → LETTER, Referral and Web Referral (another agency passed it on) → PARTNER_API;
 *   unknown → WEB.
 * - facts = the narrative, or when there is none a neutral text naming Issue and Sub-issue.
 *   remedyRequested 'Not stated (imported)'. The export names no consumer: complainant
 *   'CFPB consumer', no email or phone, English. Priority NORMAL, jurisdictions US_CFPB.
 * - Company response to consumer → status and final response:
 *   Closed with explanation → CLOSED, NOT_UPHELD, [EXPLANATION];
 *   Closed, Closed without relief → CLOSED, NOT_UPHELD, no remedies (reads back as closed
 *   with explanation: the platform has no plain "closed" category; the original stays in
 *   source.fields);
 *   Closed with monetary relief → CLOSED, UPHELD, [COMPENSATION];
 *   Closed with non-monetary relief → CLOSED, PARTLY_UPHELD, [OTHER];
 *   Closed with relief (the kind unrecorded) → CLOSED, UPHELD, [OTHER];
 *   In progress, Untimely response, unknown → ACCEPTED, no final response.
 *   Root cause NONE_FOUND (the export has none). decision: accepted on Date sent to company.
 * - Without Date sent to company (the CFPB has not sent the complaint to a company, or the
 *   API answers null) the row is imported without an acceptance: no decision, RECEIVED
 *   when open (CLOSED with its final response when the company response says so), and the
 *   receipt stands in for that day when placing the answer.
 * - `None` in an optional column (how the API's CSV export writes a missing value) is
 *   taken as empty.
 * - Timely response? → the US_CFPB_COMPANY_RESPONSE clock (15 calendar days from receipt),
 *   MET or BREACHED. The export says whether the company answered in time, not when; the
 *   first response (and the final one, and the clock's stop) is put at the earliest
 *   instant that fits both that verdict and Date sent to company: timely → that day, or the
 *   due instant if the CFPB sent it later; late → that day, or the first instant after the
 *   due one. An untimely row without a response keeps its clock running, breached. Without
 *   a known verdict a closed row is answered on Date sent to company and an open one keeps
 *   its clock running, in the state its dates give at the import.
 * - narrativeConsent = Consumer consent provided? is 'Consent provided'. source.fields keeps
 *   Sub-product, Sub-issue, Company public response, Tags, Consumer consent provided?,
 *   Consumer disputed?, Company response to consumer, Timely response?, Submitted via as
 *   they were ('' for a column the source does not have);
 *   ZIP code is dropped (it narrows down where the consumer lives).
 * - version 1, workflowEpoch 0 (no workflow runs, no email is sent), escalation NONE,
 *   the access code hash of a random code nobody is shown, audit entry IMPORTED by SYSTEM.
 */
import { createHash, randomBytes } from 'node:crypto';
import { STATUTORY_PROFILES } from '../clocks/clock-definitions';
import { WEEKDAYS } from '../clocks/calendars';
import { clockStateAt, startClock, stopClock, type RunningClock } from '../clocks/running-clock';
import { SYSTEM, type ComplaintChange, type FinalResponse } from '../complaint';
import type { FieldIssue } from '../errors';
import { hashAccessCode, newAccessCode, type RandomBytes } from '../intake/codes';
import { LIMITS } from '../intake/limits';
import { cfpbDay } from './cfpb-dates';
import {
  channelOf,
  consentProvided,
  isPublishedConsent,
  isPublishedDisputed,
  isPublishedTags,
  resolutionOf,
  timelyOf,
  UNKNOWN_CHANNEL,
  UNKNOWN_RESPONSE,
} from './cfpb-values';

/**
 * CFPB narratives run past the 5,000 characters the platform's own form takes (the sample's
 * longest has 21,928), so imported ones get more room rather than being refused or cut.
 */
export const IMPORTED_NARRATIVE_LIMIT = 32_000;

export const CFPB_COLUMNS = [
  'Date received',
  'Product',
  'Sub-product',
  'Issue',
  'Sub-issue',
  'Consumer complaint narrative',
  'Company public response',
  'Company',
  'State',
  'ZIP code',
  'Tags',
  'Consumer consent provided?',
  'Submitted via',
  'Date sent to company',
  'Company response to consumer',
  'Timely response?',
  'Consumer disputed?',
  'Complaint ID',
] as const;

export type CfpbColumn = (typeof CFPB_COLUMNS)[number];

/** Left out of some exports in circulation (one variant has 16 columns); every other column is always there. */
export const OPTIONAL_COLUMNS: readonly CfpbColumn[] = ['Consumer consent provided?', 'Consumer disputed?'];

/** A row by column name, as a reader found it; a column the source does not have is absent. */
export type CfpbRecord = Readonly<Partial<Record<string, string>>>;

/** What every complaint the CFPB publishes has; any other column may be empty. */
const REQUIRED_COLUMNS: readonly CfpbColumn[] = ['Date received', 'Product', 'Issue', 'Company', 'Complaint ID'];

/**
 * The CSV export of the CFPB's API writes a missing value as the text `None` (Python's
 * null), where the bulk export leaves the field empty: in an optional column it is taken as
 * empty. A required column keeps it as written.
 */
function withoutNone(record: CfpbRecord): CfpbRecord {
  const missing = (column: string, value: string | undefined) => value?.trim() === 'None' && !(REQUIRED_COLUMNS as readonly string[]).includes(column);
  return Object.fromEntries(Object.entries(record).map(([column, value]) => [column, missing(column, value) ? '' : value]));
}

export const CFPB_REFERENCE_PREFIX = 'CFPB-';
const RESPONSE_CLOCK = STATUTORY_PROFILES.US_CFPB.find((d) => d.id === 'US_CFPB_COMPANY_RESPONSE')!;
// The response clock counts calendar days, which are elapsed time: no calendar, zone or hours play a part.
const ELAPSED_TIME = { timeZone: 'UTC', calendar: WEEKDAYS, businessHours: { start: '00:00', end: '23:59' } };
const FROM_SOURCE = "The CFPB's public complaint data";

export interface CfpbRowContext {
  organizationId: string;
  /** The import's time: the audit entry's, and "today" for dates that must not be in the future. */
  importedAt: Date;
  random?: RandomBytes;
}

export type CfpbRowResult =
  | {
      ok: true;
      change: ComplaintChange;
      /** Columns whose value the CFPB has never published: imported with a fallback, the text kept in source.fields. */
      unknownValues: CfpbColumn[];
    }
  | { ok: false; issues: FieldIssue[] };

/** A UUID-shaped id derived from the source id, so every import of a row names the same complaint. */
export function cfpbComplaintId(sourceId: string): string {
  const b = createHash('sha256').update(`cfpb:${sourceId}`).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const cfpbReference = (sourceId: string): string => `${CFPB_REFERENCE_PREFIX}${sourceId}`;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Collects every problem of a row; messages name the column, never its value (it may be personal). */
class RowChecker {
  readonly issues: FieldIssue[] = [];
  readonly unknownValues: CfpbColumn[] = [];

  constructor(private readonly record: CfpbRecord) {}

  private problem(field: CfpbColumn, message: string): void {
    this.issues.push({ field, message });
  }

  text(field: CfpbColumn, max?: number, required = false): string | undefined {
    const value = this.record[field]?.trim() ?? '';
    if (value === '') {
      if (required) this.problem(field, 'is required');
      return undefined;
    }
    if (max !== undefined && [...value].length > max) this.problem(field, `must be at most ${max} characters`);
    if (CONTROL.test(value)) this.problem(field, 'contains control characters');
    return value;
  }

  date(field: CfpbColumn, today: string, required = true): string | undefined {
    const value = this.text(field, undefined, required);
    if (value === undefined) return undefined;
    const day = cfpbDay(value);
    if (day === undefined) {
      this.problem(field, 'must be a date: YYYY-MM-DD, MM/DD/YYYY or an ISO-8601 timestamp');
      return undefined;
    }
    if (day > today) this.problem(field, 'must not be in the future');
    return day;
  }

  /** The meaning of a published value; an unknown (or missing) one is noted and gets `fallback`. */
  category<T>(field: CfpbColumn, meaningOf: (value: string) => T | undefined, fallback: T): T {
    const meaning = meaningOf(this.record[field] ?? '');
    if (meaning !== undefined) return meaning;
    this.unknownValues.push(field);
    return fallback;
  }

  /** A column only kept as written: noted when its value is not one the CFPB publishes, never refused. */
  kept(field: CfpbColumn, isPublished: (value: string) => true | undefined): void {
    if (this.record[field] !== undefined) this.category(field, isPublished, true);
  }
}

/** Checks a row of the CFPB export and builds the complaint it describes; every problem of the row at once. */
export function complaintFromCfpbRow(row: CfpbRecord, ctx: CfpbRowContext): CfpbRowResult {
  const record = withoutNone(row);
  const today = ctx.importedAt.toISOString().slice(0, 10);
  const c = new RowChecker(record);
  const sourceId = c.text('Complaint ID', undefined, true);
  if (sourceId !== undefined && !/^\d{1,20}$/.test(sourceId)) c.issues.push({ field: 'Complaint ID', message: 'must be digits' });
  const receivedOn = c.date('Date received', today);
  // A complaint the CFPB has not sent to a company (yet) is published without this date.
  const sentOn = c.date('Date sent to company', today, false);
  const product = c.text('Product', LIMITS.product, true);
  const issue = c.text('Issue', LIMITS.category, true);
  const subIssue = c.text('Sub-issue');
  const company = c.text('Company', LIMITS.respondentName, true);
  const region = c.text('State', LIMITS.region);
  const narrative = c.text('Consumer complaint narrative', IMPORTED_NARRATIVE_LIMIT);
  const channel = c.category('Submitted via', channelOf, UNKNOWN_CHANNEL);
  const resolution = c.category('Company response to consumer', resolutionOf, UNKNOWN_RESPONSE);
  const timely: boolean | undefined = c.category<boolean | undefined>('Timely response?', timelyOf, undefined);
  c.kept('Consumer consent provided?', isPublishedConsent);
  c.kept('Consumer disputed?', isPublishedDisputed);
  c.kept('Tags', isPublishedTags);
  const facts = narrative ?? neutralFacts(issue, subIssue);
  if (narrative === undefined && [...facts].length > LIMITS.facts) c.issues.push({ field: 'Sub-issue', message: `leaves the facts over ${LIMITS.facts} characters` });
  const datesValid = !c.issues.some((i) => i.field === 'Date received' || i.field === 'Date sent to company');
  if (datesValid && receivedOn && sentOn && sentOn < receivedOn) c.issues.push({ field: 'Date sent to company', message: 'is before Date received' });
  if (c.issues.length > 0 || !sourceId || !receivedOn || !product || !issue || !company) {
    return { ok: false, issues: c.issues };
  }

  const id = cfpbComplaintId(sourceId);
  const receivedAt = `${receivedOn}T00:00:00.000Z`;
  const sentAt = sentOn === undefined ? undefined : `${sentOn}T00:00:00.000Z`;
  const started = startClock(RESPONSE_CLOCK, new Date(receivedAt), ELAPSED_TIME);
  // Without the day the company got it, the earliest instant an answer can have is the receipt.
  const respondedAt = responseInstant(started, sentAt ?? receivedAt, timely);
  const answered = resolution.closed || timely === true;
  const clock: RunningClock = answered
    ? stopClock(started, new Date(respondedAt))
    : // Without the CFPB's verdict the clock tells what its dates alone say at the import.
      { ...started, state: timely === false ? 'BREACHED' : clockStateAt(started, ctx.importedAt) };
  const finalResponse: FinalResponse | undefined = resolution.closed
    ? {
        outcome: resolution.outcome!,
        reasons: `${FROM_SOURCE} records the company's response as: ${record['Company response to consumer']!.trim()}.`,
        remedies: resolution.remedies!,
        followUpMeasures: `${FROM_SOURCE} does not record follow-up measures.`,
        rootCause: 'NONE_FOUND',
        furtherRecourse: `${FROM_SOURCE} does not record the further recourse offered.`,
        at: respondedAt,
      }
    : undefined;
  const complaint = {
    id,
    organizationId: ctx.organizationId,
    reference: cfpbReference(sourceId),
    accessCodeHash: hashAccessCode(id, newAccessCode(ctx.random ?? randomBytes)),
    status: resolution.closed ? ('CLOSED' as const) : sentAt === undefined ? ('RECEIVED' as const) : ('ACCEPTED' as const),
    channel,
    category: issue,
    product,
    facts,
    remedyRequested: 'Not stated (imported)',
    receivedAt,
    receivedOn,
    priority: 'NORMAL' as const,
    ...(region === undefined ? {} : { region }),
    jurisdictions: ['US_CFPB' as const],
    complainant: { name: 'CFPB consumer', preferredLanguage: 'EN' as const },
    respondent: { name: company },
    clocks: [clock],
    escalation: { level: 'NONE' as const },
    ...(sentAt === undefined ? {} : { decision: { accepted: true, at: sentAt } }),
    ...(finalResponse === undefined ? {} : { finalResponse }),
    ...(answered ? { firstResponseAt: respondedAt } : {}),
    // Consent covers the consumer's own words only, never the text written in their place.
    narrativeConsent: narrative !== undefined && consentProvided(record['Consumer consent provided?'] ?? ''),
    source: { system: 'CFPB' as const, id: sourceId, fields: sourceFields(record) },
    workflowEpoch: 0,
    version: 1,
  };
  return {
    ok: true,
    change: { complaint, audit: { complaintId: id, version: 1, at: ctx.importedAt.toISOString(), actor: SYSTEM, action: 'IMPORTED' } },
    unknownValues: c.unknownValues,
  };
}

function neutralFacts(issue: string | undefined, subIssue: string | undefined): string {
  return `Imported from the CFPB's public complaint data, which has no narrative for this complaint. Issue: ${issue}${subIssue ? ` (${subIssue})` : ''}.`;
}

/** The earliest instant consistent with the CFPB's verdict and with the day the company got the complaint. */
function responseInstant(clock: RunningClock, sentAt: string, timely: boolean | undefined): string {
  const sent = Date.parse(sentAt);
  const due = Date.parse(clock.dueAt);
  // No verdict: the day the company got it is all there is, and the clock judges it by itself.
  if (timely === undefined) return sentAt;
  return new Date(timely ? Math.min(sent, due) : Math.max(sent, due + 1)).toISOString();
}

function sourceFields(record: CfpbRecord): Record<string, string> {
  const kept: Record<string, CfpbColumn> = {
    subProduct: 'Sub-product',
    subIssue: 'Sub-issue',
    companyPublicResponse: 'Company public response',
    tags: 'Tags',
    consumerConsent: 'Consumer consent provided?',
    consumerDisputed: 'Consumer disputed?',
    companyResponse: 'Company response to consumer',
    timelyResponse: 'Timely response?',
    // Fax and Postal mail both become LETTER; the export gives back which it was.
    submittedVia: 'Submitted via',
  };
  return Object.fromEntries(Object.entries(kept).map(([name, column]) => [name, record[column] ?? '']));
}
