import type { WorkingDayCalendar } from './calendars';
import { addDays, endOfLocalDay, localDate } from './time-zone';

export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  return calendar.isWorkingDay(date);
}

/** The `n`th working day after `date` (the day itself does not count). */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendar): string {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/** How many working days fall after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/**
 * "Within n working days of receipt": the end of the nth working day after the day
 * the complaint was received, in the organization's time zone.
 */
export function workingDaysDeadline(receivedAt: Date, n: number, calendar: WorkingDayCalendar, timeZone: string): Date {
  return endOfLocalDay(addWorkingDays(localDate(receivedAt, timeZone), n, calendar), timeZone);
}
