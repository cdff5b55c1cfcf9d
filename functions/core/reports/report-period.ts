import type { Period, ReportFrequency } from '../../graphql/generated/types';
import { monthStart } from '../analytics/period';
import { addDays, dayOfWeek, localDate } from '../clocks/time-zone';

export type ScheduledFrequency = Exclude<ReportFrequency, 'NONE'>;

/** One report: the period it covers and the one before it, to compare with. */
export interface ReportPeriod {
  frequency: ScheduledFrequency;
  /** Its first day names the report, so it is claimed and sent once. */
  period: Period;
  previous: Period;
}

const MONDAY = 1;

/** The week (Monday to Sunday) or calendar month that starts on `firstDay`, and the week or month before it. */
export function reportPeriod(frequency: ScheduledFrequency, firstDay: string): ReportPeriod {
  if (frequency === 'WEEKLY') {
    return { frequency, period: { from: firstDay, to: addDays(firstDay, 6) }, previous: { from: addDays(firstDay, -7), to: addDays(firstDay, -1) } };
  }
  const lastDay = addDays(monthStart(addDays(firstDay, 31)), -1);
  const previousLast = addDays(firstDay, -1);
  return { frequency, period: { from: firstDay, to: lastDay }, previous: { from: monthStart(previousLast), to: previousLast } };
}

/**
 * The report due at `now` on the organization's calendar: on a Monday the weekly report of
 * the week before, on the 1st the monthly report of the month before; otherwise none.
 * Due for the whole of that day, so a run that fails early in it is made good by a later one.
 */
export function dueReport(frequency: ReportFrequency, now: Date, timeZone: string): ReportPeriod | null {
  const today = localDate(now, timeZone);
  switch (frequency) {
    case 'WEEKLY':
      return dayOfWeek(today) === MONDAY ? reportPeriod('WEEKLY', addDays(today, -7)) : null;
    case 'MONTHLY':
      return today === monthStart(today) ? reportPeriod('MONTHLY', monthStart(addDays(today, -1))) : null;
    case 'NONE':
      return null;
  }
}
