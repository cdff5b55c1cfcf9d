import { calendarById, type WorkingDayCalendar } from './calendars';
import type { DurationContext } from './durations';

/** An organization's context, with any custom calendars its clocks may name. */
export interface OrgClockContext extends DurationContext {
  calendars?: readonly WorkingDayCalendar[];
}

/**
 * The context a clock counts in: the organization's time zone and business hours, on the
 * clock's own calendar when it names one. An organization's calendar with a shipped id
 * comes first: the settings build it on top of the shipped one, so administrators can
 * supply a year the data package does not have yet.
 */
export function contextFor(clock: { calendarId?: string }, org: OrgClockContext): DurationContext {
  const { calendarId } = clock;
  const base = { timeZone: org.timeZone, businessHours: org.businessHours };
  if (calendarId === undefined) return { ...base, calendar: org.calendar };
  const calendar = org.calendars?.find((c) => c.id === calendarId) ?? (org.calendar.id === calendarId ? org.calendar : calendarById(calendarId));
  if (!calendar) throw new Error(`Clock calendar ${calendarId} is not a known calendar.`);
  return { ...base, calendar };
}
