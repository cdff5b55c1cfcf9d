import type { OrganizationSettings } from '../organization/settings';
import type { ScheduledFrequency } from './report-period';

/**
 * One organization's report for one period; its first day names it. CALENDAR is the
 * notice that a calendar year lacks holiday data, claimed the same way once per year
 * (first day: 1 January of that year).
 */
export interface ReportClaim {
  organizationId: string;
  frequency: ScheduledFrequency | 'CALENDAR';
  firstDay: string;
}

export interface ReportStore {
  /** Every organization that saved settings, as saved (fields added since may be absent). */
  organizations(): Promise<OrganizationSettings[]>;
  /**
   * Takes the report for this run until `leaseUntil`: succeeds unless it was sent, or
   * another run holds it and its lease has not run out. Of two runs, one sends.
   */
  claimReport(claim: ReportClaim, now: string, leaseUntil: string): Promise<boolean>;
  /** Records the report as sent: no later run takes it again. */
  markReportSent(claim: ReportClaim, at: string, emails: number): Promise<void>;
}
