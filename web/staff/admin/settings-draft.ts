import type { AdminOrganizationSettingsQuery, DurationUnit, Jurisdiction, Language, OrganizationSettingsInput, Priority, ReportFrequency } from '../../generated/graphql';

type Settings = AdminOrganizationSettingsQuery['organizationSettings'];

export const DURATION_UNITS: readonly DurationUnit[] = ['MINUTES', 'HOURS', 'BUSINESS_HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS', 'WEEKS'];
export const PRIORITIES: readonly Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'UK_FCA', 'US_CFPB'];
export const SHIPPED_CALENDARS = ['CN', 'UK', 'WEEKDAYS'] as const;
export const REPORT_FREQUENCIES: readonly ReportFrequency[] = ['NONE', 'WEEKLY', 'MONTHLY'];
export const DURATION_KINDS = ['acceptanceDecision', 'firstResponse', 'resolution'] as const;

/** A duration as typed: an empty amount means none. */
export interface DurationDraft {
  amount: string;
  unit: DurationUnit;
}

/**
 * The settings as the form edits them: numbers and lists as the text typed, so a value
 * being typed is never rewritten under the cursor. toInput turns it into the API's input.
 */
export interface SettingsDraft {
  timeZone: string;
  calendarId: string;
  businessHoursStart: string;
  businessHoursEnd: string;
  jurisdictions: Jurisdiction[];
  staff: Array<{ id: string; name: string; email: string; language: Language | '' }>;
  teams: Array<{ id: string; name: string; memberIds: string[]; supervisorId: string }>;
  routingRules: Array<{ category: string; respondent: string; region: string; teamId: string }>;
  slaTargets: Array<{ category: string; priority: Priority } & Record<(typeof DURATION_KINDS)[number], DurationDraft>>;
  managerId: string;
  feedbackWindowDays: string;
  reopenAtOrBelowRating: string;
  customCalendars: Array<{ id: string; holidays: string; makeUpWorkingDays: string }>;
  categories: string;
  evaluationReport: { frequency: ReportFrequency; recipientIds: string[] };
}

export type DraftField = keyof SettingsDraft;

const duration = (d: { amount: number; unit: DurationUnit } | null | undefined): DurationDraft => (d ? { amount: String(d.amount), unit: d.unit } : { amount: '', unit: 'WORKING_DAYS' });

export function toDraft(s: Settings): SettingsDraft {
  return {
    timeZone: s.timeZone,
    calendarId: s.calendarId,
    businessHoursStart: s.businessHoursStart,
    businessHoursEnd: s.businessHoursEnd,
    jurisdictions: [...s.jurisdictions],
    staff: s.staff.map((m) => ({ id: m.id, name: m.name, email: m.email, language: m.language ?? '' })),
    teams: s.teams.map((t) => ({ id: t.id, name: t.name, memberIds: [...t.memberIds], supervisorId: t.supervisorId })),
    routingRules: s.routingRules.map((r) => ({ category: r.category ?? '', respondent: r.respondent ?? '', region: r.region ?? '', teamId: r.teamId })),
    slaTargets: s.slaTargets.map((t) => ({
      category: t.category ?? '',
      priority: t.priority,
      acceptanceDecision: duration(t.acceptanceDecision),
      firstResponse: duration(t.firstResponse),
      resolution: duration(t.resolution),
    })),
    managerId: s.managerId ?? '',
    feedbackWindowDays: String(s.feedbackWindowDays),
    reopenAtOrBelowRating: String(s.reopenAtOrBelowRating),
    customCalendars: s.customCalendars.map((c) => ({ id: c.id, holidays: c.holidays.join('\n'), makeUpWorkingDays: c.makeUpWorkingDays.join('\n') })),
    categories: s.categories.join('\n'),
    evaluationReport: { frequency: s.evaluationReport.frequency, recipientIds: [...s.evaluationReport.recipientIds] },
  };
}

const optional = (text: string) => text.trim() || null;
const days = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);
const durationInput = (d: DurationDraft) => (d.amount.trim() === '' ? null : { amount: Number(d.amount), unit: d.unit });

/** The whole draft as the API's input: every field given, so what is saved is what is shown. */
export function toInput(d: SettingsDraft, expectedVersion: number): OrganizationSettingsInput {
  return {
    expectedVersion,
    timeZone: d.timeZone.trim(),
    calendarId: d.calendarId.trim(),
    businessHoursStart: d.businessHoursStart.trim(),
    businessHoursEnd: d.businessHoursEnd.trim(),
    jurisdictions: d.jurisdictions,
    staff: d.staff.map((m) => ({ id: m.id.trim(), name: m.name, email: m.email.trim(), language: m.language || null })),
    teams: d.teams.map((t) => ({ id: t.id.trim(), name: t.name, memberIds: t.memberIds, supervisorId: t.supervisorId })),
    routingRules: d.routingRules.map((r) => ({ category: optional(r.category), respondent: optional(r.respondent), region: optional(r.region), teamId: r.teamId })),
    slaTargets: d.slaTargets.map((t) => ({
      category: optional(t.category),
      priority: t.priority,
      acceptanceDecision: durationInput(t.acceptanceDecision),
      firstResponse: durationInput(t.firstResponse),
      resolution: durationInput(t.resolution),
    })),
    // The API keeps the manager when none is given: a manager once named can be changed, not removed.
    managerId: d.managerId || null,
    feedbackWindowDays: Number(d.feedbackWindowDays),
    reopenAtOrBelowRating: Number(d.reopenAtOrBelowRating),
    customCalendars: d.customCalendars.map((c) => ({ id: c.id.trim(), holidays: days(c.holidays), makeUpWorkingDays: days(c.makeUpWorkingDays) })),
    categories: d.categories
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean),
    evaluationReport: d.evaluationReport,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After someone else saved first: their version, with the user's own edits laid over it
 * field by field. `overlapping` names the fields both changed (the user's edit is kept:
 * they review it before saving again).
 */
export function keepEditsOver(base: SettingsDraft, mine: SettingsDraft, theirs: SettingsDraft): { draft: SettingsDraft; kept: DraftField[]; overlapping: DraftField[] } {
  const draft = { ...theirs };
  const kept: DraftField[] = [];
  const overlapping: DraftField[] = [];
  for (const field of Object.keys(mine) as DraftField[]) {
    if (same(mine[field], base[field])) continue;
    (draft as Record<DraftField, unknown>)[field] = mine[field];
    kept.push(field);
    if (!same(theirs[field], base[field]) && !same(theirs[field], mine[field])) overlapping.push(field);
  }
  return { draft, kept, overlapping };
}
