import type { WorkingDayCalendar } from './clocks/calendars';

/** How one organization runs its complaint process. */
export interface OrganizationPolicy {
  organizationId: string;
  /** IANA zone that working days and "end of day" are counted in. */
  timeZone: string;
  calendar: WorkingDayCalendar;
  /** Working days after receipt by which the acceptance decision is due (China: 7). */
  acceptanceDecisionWorkingDays: number;
}
