import type { Clock } from '../clock';
import { localDate } from '../clocks/time-zone';
import { errorName, type Logger } from '../logger';
import { defaultSettings, staffById, type OrganizationSettings, type SettingsDefaults, type StaffMember } from '../organization/settings';
import type { Mailer } from '../ports';
import { gatherReport, type ReportSources } from './evaluation-report';
import type { ReportClaim, ReportStore } from './ports';
import { renderReport } from './render-report';
import { dueReport, type ReportPeriod } from './report-period';

/**
 * How long a run holds a report it is making. Longer than a run may last (the cloud
 * function's timeout is 5 minutes), so two runs never send it both; short enough that
 * the next hourly run takes over a report whose run failed or died.
 */
export const REPORT_LEASE_MS = 15 * 60_000;

export interface ReportDependencies extends ReportSources {
  reports: ReportStore;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  /** Fill in settings saved before a field existed, as loadSettings does. */
  settingsDefaults: SettingsDefaults;
}

export interface ReportRun {
  /** Reports due now with someone to send them to. */
  due: number;
  /** Reports this run sent; the others were sent or held by another run, or failed. */
  sent: number;
  emails: number;
  failed: number;
}

/**
 * Sends every evaluation report due now: for each organization whose report is due today
 * on its own calendar, claims the report, gathers its figures and emails it to each
 * recipient. Safe to run as often as wanted: a report is sent once, whichever run gets it.
 */
export async function sendDueReports(deps: ReportDependencies): Promise<ReportRun> {
  const now = deps.clock.now();
  const run: ReportRun = { due: 0, sent: 0, emails: 0, failed: 0 };
  for (const saved of await deps.reports.organizations()) {
    const settings: OrganizationSettings = { ...defaultSettings({ ...deps.settingsDefaults, organizationId: saved.organizationId }), ...saved };
    const due = dueReport(settings.evaluationReport.frequency, now, settings.timeZone);
    const recipients = settings.evaluationReport.recipientIds.flatMap((id) => staffById(settings, id) ?? []);
    if (!due || recipients.length === 0) continue;
    run.due += 1;
    try {
      const emails = await sendReport(deps, settings, due, recipients, now);
      if (emails === null) continue;
      if (emails === 0) run.failed += 1;
      else run.sent += 1;
      run.emails += emails;
    } catch (error) {
      run.failed += 1;
      deps.logger.warn('report.failed', { errorName: errorName(error) });
    }
  }
  deps.logger.info('report.due', { count: run.due });
  deps.logger.info('report.sent', { count: run.sent });
  deps.logger.info('report.emails_sent', { count: run.emails });
  if (run.failed) deps.logger.warn('report.not_sent', { count: run.failed });
  return run;
}

/**
 * The emails sent, or null when the report was sent or is held by another run. A report
 * nobody received (0) is not marked sent: a later run takes it over when the lease ends.
 */
async function sendReport(deps: ReportDependencies, settings: OrganizationSettings, due: ReportPeriod, recipients: StaffMember[], now: Date): Promise<number | null> {
  const claim: ReportClaim = { organizationId: settings.organizationId, frequency: due.frequency, firstDay: due.period.from };
  if (!(await deps.reports.claimReport(claim, now.toISOString(), new Date(now.getTime() + REPORT_LEASE_MS).toISOString()))) return null;
  const message = renderReport(await gatherReport(deps, settings, due, localDate(now, settings.timeZone)));
  let sent = 0;
  for (const recipient of recipients) {
    try {
      await deps.mailer.send({ to: recipient.email, ...message });
      sent += 1;
    } catch (error) {
      deps.logger.warn('report.email_failed', { errorName: errorName(error) });
    }
  }
  if (sent > 0) await deps.reports.markReportSent(claim, now.toISOString(), sent);
  return sent;
}
