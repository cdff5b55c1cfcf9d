import type { Jurisdiction, Language, OrganizationSettingsInput, ReportFrequency } from '../../graphql/generated/types';
import { calendarById, customCalendar, withOwnDays, type ListedCalendar, type WorkingDayCalendar } from '../clocks/calendars';
import { isValidTimeZone } from '../clocks/time-zone';
import type { SlaTarget } from '../clocks/sla-policy';
import { invalidInput, type FieldIssue } from '../errors';

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  /** The language of emails to them; absent, they get Chinese then English. */
  language?: Language;
}

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
  supervisorId: string;
}

/** Complaints matching every given field go to the team; the first matching rule wins. */
export interface RoutingRule {
  category?: string;
  respondent?: string;
  region?: string;
  teamId: string;
}

/** Who gets the periodic evaluation report, and how often (core/reports). */
export interface EvaluationReportSettings {
  frequency: ReportFrequency;
  recipientIds: string[];
}

/** Enough for an organization's admins; more would make the report a mailing list. */
export const MAX_REPORT_RECIPIENTS = 20;

export interface CustomCalendar {
  id: string;
  holidays: string[];
  makeUpWorkingDays: string[];
}

/** How one organization runs its complaint process; stored as one versioned item. */
export interface OrganizationSettings {
  organizationId: string;
  timeZone: string;
  calendarId: string;
  businessHoursStart: string;
  businessHoursEnd: string;
  jurisdictions: Jurisdiction[];
  staff: StaffMember[];
  teams: Team[];
  routingRules: RoutingRule[];
  /** Empty: the shipped default SLA policy applies. */
  slaTargets: SlaTarget[];
  managerId?: string;
  feedbackWindowDays: number;
  reopenAtOrBelowRating: number;
  customCalendars: CustomCalendar[];
  categories: string[];
  evaluationReport: EvaluationReportSettings;
  /** 0 for defaults never saved. */
  version: number;
}

export interface SettingsDefaults {
  organizationId: string;
  timeZone: string;
  calendarId: string;
  jurisdictions: Jurisdiction[];
}

export function defaultSettings(d: SettingsDefaults): OrganizationSettings {
  return {
    ...d,
    businessHoursStart: '09:00',
    businessHoursEnd: '18:00',
    staff: [],
    teams: [],
    routingRules: [],
    slaTargets: [],
    feedbackWindowDays: 14,
    reopenAtOrBelowRating: 2,
    customCalendars: [],
    categories: [],
    evaluationReport: { frequency: 'NONE', recipientIds: [] },
    version: 0,
  };
}

/** An admin's calendar: Monday to Friday plus their holidays and make-up working days, for the years those dates fall in. */
function toCalendar(c: CustomCalendar): ListedCalendar {
  const years = [...new Set([...c.holidays, ...c.makeUpWorkingDays].map((d) => Number(d.slice(0, 4))))].filter(Number.isInteger);
  return customCalendar({ ...c, weekend: [0, 6], years });
}

/** An organization's own calendar, on top of the shipped one with its id if there is one (its days win). */
function ownCalendar(c: CustomCalendar): WorkingDayCalendar {
  const own = toCalendar(c);
  const shipped = calendarById(c.id);
  return shipped ? withOwnDays(own, shipped) : own;
}

/** Every calendar the organization supplied, each on top of the shipped one it names. */
export function organizationCalendars(s: OrganizationSettings): WorkingDayCalendar[] {
  return s.customCalendars.map(ownCalendar);
}

/** The calendar the organization counts working days on: a shipped one, with its own days on top, or its own. */
export function organizationCalendar(s: OrganizationSettings): WorkingDayCalendar {
  const own = s.customCalendars.find((c) => c.id === s.calendarId);
  return own ? ownCalendar(own) : (calendarById(s.calendarId) ?? calendarById('WEEKDAYS')!);
}

export const staffById = (s: OrganizationSettings, id: string | undefined): StaffMember | undefined => s.staff.find((m) => m.id === id);
export const teamById = (s: OrganizationSettings, id: string | undefined): Team | undefined => s.teams.find((t) => t.id === id);

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/**
 * The settings after an admin's update, checked as a whole: every id a rule, team or
 * manager refers to must exist. Throws BAD_USER_INPUT listing every problem.
 */
export function updateSettings(current: OrganizationSettings, input: OrganizationSettingsInput): OrganizationSettings {
  const { expectedVersion: _version, ...changes } = input;
  const next: OrganizationSettings = {
    ...current,
    ...(defined({
      timeZone: changes.timeZone,
      calendarId: changes.calendarId,
      businessHoursStart: changes.businessHoursStart,
      businessHoursEnd: changes.businessHoursEnd,
      jurisdictions: changes.jurisdictions,
      staff: changes.staff?.map((m) => defined({ ...m }) as StaffMember),
      teams: changes.teams ?? undefined,
      routingRules: changes.routingRules?.map((r) => defined({ ...r }) as RoutingRule),
      slaTargets: changes.slaTargets?.map((t) => defined({ ...t }) as SlaTarget),
      managerId: changes.managerId,
      feedbackWindowDays: changes.feedbackWindowDays,
      reopenAtOrBelowRating: changes.reopenAtOrBelowRating,
      customCalendars: changes.customCalendars ?? undefined,
      categories: changes.categories?.map((c) => c.trim()),
      evaluationReport: changes.evaluationReport ? { frequency: changes.evaluationReport.frequency, recipientIds: [...changes.evaluationReport.recipientIds] } : undefined,
    }) as Partial<OrganizationSettings>),
    version: current.version + 1,
  };
  const issues = checkSettings(next);
  if (issues.length) throw invalidInput(issues);
  return next;
}

function checkSettings(s: OrganizationSettings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ field: `input.${field}`, message });
  if (!isValidTimeZone(s.timeZone)) issue('timeZone', 'is not a known IANA time zone');
  if (!calendarById(s.calendarId) && !s.customCalendars.some((c) => c.id === s.calendarId)) issue('calendarId', 'is neither a shipped nor a custom calendar');
  if (!HH_MM.test(s.businessHoursStart)) issue('businessHoursStart', 'must be HH:MM');
  if (!HH_MM.test(s.businessHoursEnd)) issue('businessHoursEnd', 'must be HH:MM');
  if (s.businessHoursStart === s.businessHoursEnd) issue('businessHoursEnd', 'must differ from the start');
  const staffIds = new Set(s.staff.map((m) => m.id));
  if (staffIds.size !== s.staff.length) issue('staff', 'has the same id twice');
  s.staff.forEach((m, i) => {
    if (!m.name.trim()) issue(`staff.${i}.name`, 'is required');
    if (!EMAIL.test(m.email)) issue(`staff.${i}.email`, 'is not a valid email address');
  });
  if (new Set(s.teams.map((t) => t.id)).size !== s.teams.length) issue('teams', 'has the same id twice');
  s.teams.forEach((t, i) => {
    if (!t.memberIds.length) issue(`teams.${i}.memberIds`, 'needs at least one member');
    t.memberIds.forEach((id, j) => staffIds.has(id) || issue(`teams.${i}.memberIds.${j}`, 'is not a staff id'));
    if (!staffIds.has(t.supervisorId)) issue(`teams.${i}.supervisorId`, 'is not a staff id');
  });
  s.routingRules.forEach((r, i) => teamById(s, r.teamId) || issue(`routingRules.${i}.teamId`, 'is not a team id'));
  s.slaTargets.forEach((t, i) =>
    (['firstResponse', 'acceptanceDecision', 'resolution'] as const).forEach(
      (k) => t[k] && !(t[k].amount > 0) && issue(`slaTargets.${i}.${k}.amount`, 'must be more than 0'),
    ),
  );
  if (s.managerId !== undefined && !staffIds.has(s.managerId)) issue('managerId', 'is not a staff id');
  if (!Number.isInteger(s.feedbackWindowDays) || s.feedbackWindowDays < 1 || s.feedbackWindowDays > 365) issue('feedbackWindowDays', 'must be 1 to 365');
  if (!Number.isInteger(s.reopenAtOrBelowRating) || s.reopenAtOrBelowRating < 1 || s.reopenAtOrBelowRating > 5) issue('reopenAtOrBelowRating', 'must be 1 to 5');
  if (s.categories.length > 200) issue('categories', 'may hold at most 200 categories');
  s.categories.forEach((c, i) => (c.length < 1 || c.length > 100) && issue(`categories.${i}`, 'must be 1 to 100 characters'));
  if (new Set(s.categories.map((c) => c.toLowerCase())).size !== s.categories.length) issue('categories', 'has the same category twice');
  const { recipientIds } = s.evaluationReport;
  if (recipientIds.length > MAX_REPORT_RECIPIENTS) issue('evaluationReport.recipientIds', `may name at most ${MAX_REPORT_RECIPIENTS} recipients`);
  if (new Set(recipientIds).size !== recipientIds.length) issue('evaluationReport.recipientIds', 'has the same id twice');
  recipientIds.forEach((id, i) => staffIds.has(id) || issue(`evaluationReport.recipientIds.${i}`, 'is not a staff id'));
  s.customCalendars.forEach((c, i) => {
    try {
      toCalendar(c);
    } catch (error) {
      issue(`customCalendars.${i}`, (error as Error).message);
    }
  });
  return issues;
}
