import { calendarById } from '../clocks/calendars';
import { STATUTORY_PROFILES } from '../clocks/clock-definitions';
import { contextFor } from '../clocks/clock-context';
import { localDate } from '../clocks/time-zone';
import type { Language } from '../complaint';
import { clockContext } from '../lifecycle/clock-book';
import { errorName } from '../logger';
import { LOCALE } from '../messages/format';
import { htmlDocument, plainText } from '../messages/html';
import { defaultSettings, staffById, type OrganizationSettings, type StaffMember } from '../organization/settings';
import type { EmailMessage } from '../ports';
import type { ReportClaim } from './ports';
import { REPORT_LEASE_MS, type ReportDependencies } from './send-reports';

/**
 * From 1 December (the organization's time zone) a calendar its clocks count on that has
 * no published data for next year is told to the organization's admins once, with how to
 * add it; a year already under way without data is told too (same claim, so still once).
 * Until then clocks due in that year are provisional (counted on the estimate).
 */

export interface MissingCalendarYear {
  year: number;
  /** The calendars the organization's clocks count on that only estimate that year. */
  calendarIds: string[];
}

/** Every calendar an organization's clocks may count on: its own, and its jurisdictions' statutory ones, as the organization sees them. */
function calendarsInUse(settings: OrganizationSettings) {
  const ctx = clockContext(settings);
  const statutoryIds = settings.jurisdictions.flatMap((j) => STATUTORY_PROFILES[j].flatMap((d) => d.calendarId ?? []));
  const calendars = [ctx.calendar, ...statutoryIds.map((calendarId) => contextFor({ calendarId }, ctx).calendar)];
  return [...new Map(calendars.map((c) => [c.id, c])).values()];
}

/**
 * The years the admins should hear about at `now`, each claimed on its own: this year and
 * (in December) next year, those lacking published data. Both, so a year already told
 * that still lacks its data does not keep next year's notice from going out.
 */
export function missingCalendarYears(settings: OrganizationSettings, now: Date): MissingCalendarYear[] {
  const today = localDate(now, settings.timeZone);
  const year = Number(today.slice(0, 4));
  const years = today.slice(5, 7) === '12' ? [year, year + 1] : [year];
  const calendars = calendarsInUse(settings);
  return years.flatMap((y) => {
    const calendarIds = calendars.filter((c) => !c.hasOfficialData(y)).map((c) => c.id);
    return calendarIds.length ? [{ year: y, calendarIds }] : [];
  });
}

/** The organization's admins for this notice: the evaluation report's recipients and the manager (the settings hold no roles). */
export function calendarNoticeRecipients(settings: OrganizationSettings): StaffMember[] {
  const ids = [...new Set([...settings.evaluationReport.recipientIds, ...(settings.managerId ? [settings.managerId] : [])])];
  return ids.flatMap((id) => staffById(settings, id) ?? []);
}

interface NoticeWording {
  subject(year: number): string;
  missing(year: number, ids: string): string;
  meanwhile: string;
  upgrade: string;
  custom(ids: string): string;
}

const WORDING: Record<Language, NoticeWording> = {
  ZH_CN: {
    subject: (year) => `${year} 年的节假日数据尚未添加`,
    missing: (year, ids) => `投诉处理时限所用的工作日历（${ids}）还没有 ${year} 年的官方放假和调休安排。`,
    meanwhile: '在添加之前，到期时间落在该年的时限按法定节假日估算，并标注为“暂定”。',
    upgrade: '添加方法一：国务院公布放假安排后，升级 chinese-days 软件包（npm update chinese-days）并重新部署；英国和美国的日历按规则计算，无需操作。',
    custom: (ids) => `添加方法二：管理员调用 updateOrganizationSettings，在 customCalendars 中添加 id 为 ${ids} 的日历，列出该年的 holidays（放假日）和 makeUpWorkingDays（调休上班日）；组织自己的日历优先于软件包的数据。`,
  },
  EN: {
    subject: (year) => `Holiday data for ${year} is missing`,
    missing: (year, ids) => `The working-day calendars your complaint clocks count on (${ids}) have no official holidays for ${year} yet.`,
    meanwhile: 'Until they are added, clocks due in that year are counted on the statutory holidays as an estimate and marked provisional.',
    upgrade:
      "To add them: once the State Council publishes the schedule, upgrade the chinese-days package (npm update chinese-days) and deploy again; the UK and US calendars are computed by rule and need nothing.",
    custom: (ids) =>
      `Or: an admin calls updateOrganizationSettings with a customCalendars entry with id ${ids}, listing the year's holidays and makeUpWorkingDays; the organization's own calendar takes precedence over the package's data.`,
  },
};

/** The notice, in the recipient's language, or Chinese then English when they set none. */
export function renderCalendarNotice(missing: MissingCalendarYear, language: Language | undefined): Omit<EmailMessage, 'to'> {
  const ids = missing.calendarIds.join(', ');
  const sections = (language ? [language] : (['ZH_CN', 'EN'] as const)).map((lang) => {
    const w = WORDING[lang];
    const shipped = missing.calendarIds.some((id) => calendarById(id) !== undefined);
    return { lang: LOCALE[lang], paragraphs: [w.missing(missing.year, ids), w.meanwhile, ...(shipped ? [w.upgrade] : []), w.custom(ids)] };
  });
  return { subject: WORDING[language ?? 'EN'].subject(missing.year), text: plainText(sections), html: htmlDocument(sections) };
}

export interface CalendarNoticeRun {
  /** Organizations whose clocks lack a year's data now and have someone to tell. */
  due: number;
  /** Notices this run sent (each organization and year once, whichever run gets it; an organization may lack two years). */
  sent: number;
}

/** Tells each organization's admins, once per year, of a calendar year missing its data. */
export async function sendCalendarNotices(deps: ReportDependencies): Promise<CalendarNoticeRun> {
  const now = deps.clock.now();
  const run: CalendarNoticeRun = { due: 0, sent: 0 };
  for (const saved of await deps.reports.organizations()) {
    const settings: OrganizationSettings = { ...defaultSettings({ ...deps.settingsDefaults, organizationId: saved.organizationId }), ...saved };
    const missing = missingCalendarYears(settings, now);
    const recipients = calendarNoticeRecipients(settings);
    if (missing.length === 0 || recipients.length === 0) continue;
    run.due += 1;
    for (const year of missing) {
      try {
        if (await sendNotice(deps, settings.organizationId, year, recipients, now)) run.sent += 1;
      } catch (error) {
        deps.logger.warn('calendar_notice.failed', { errorName: errorName(error) });
      }
    }
  }
  if (run.due) deps.logger.info('calendar_notice.due', { count: run.due });
  if (run.sent) deps.logger.info('calendar_notice.sent', { count: run.sent });
  return run;
}

/** Whether this run sent the notice: false when another run sent or holds it, or no email went out (a later run retries). */
async function sendNotice(deps: ReportDependencies, organizationId: string, missing: MissingCalendarYear, recipients: StaffMember[], now: Date): Promise<boolean> {
  const claim: ReportClaim = { organizationId, frequency: 'CALENDAR', firstDay: `${missing.year}-01-01` };
  if (!(await deps.reports.claimReport(claim, now.toISOString(), new Date(now.getTime() + REPORT_LEASE_MS).toISOString()))) return false;
  let emails = 0;
  for (const recipient of recipients) {
    try {
      await deps.mailer.send({ to: recipient.email, ...renderCalendarNotice(missing, recipient.language) });
      emails += 1;
    } catch (error) {
      deps.logger.warn('calendar_notice.email_failed', { errorName: errorName(error) });
    }
  }
  if (emails > 0) await deps.reports.markReportSent(claim, now.toISOString(), emails);
  return emails > 0;
}
