import { sendCalendarNotices, type CalendarNoticeRun } from './calendar-notice';
import { sendDueReports, type ReportDependencies, type ReportRun } from './send-reports';

export interface ScheduledRun extends ReportRun {
  calendarNotices: CalendarNoticeRun;
}

/** What the hourly schedule (cloud) or timer (local) does: due evaluation reports, then missing-calendar notices. */
export async function runScheduledReports(deps: ReportDependencies): Promise<ScheduledRun> {
  const reports = await sendDueReports(deps);
  return { ...reports, calendarNotices: await sendCalendarNotices(deps) };
}
