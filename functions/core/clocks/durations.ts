import type { DurationUnit } from '../../graphql/generated/types';
import { addBusinessTime, businessTimeBetween, type BusinessHours } from './business-hours';
import type { WorkingDayCalendar } from './calendars';
import { localDate } from './time-zone';
import { workingDaysBetween, workingDaysDeadline } from './working-days';

/**
 * MINUTES, HOURS, CALENDAR_DAYS and WEEKS are plain elapsed time (a day is 24 hours, so
 * the local hour moves across a daylight-saving change). WORKING_DAYS and BUSINESS_HOURS
 * follow the context's calendar, time zone and business hours.
 */
export type { DurationUnit };

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** Where durations are counted: an organization's, or a jurisdiction's calendar in its place. */
export interface DurationContext {
  timeZone: string;
  calendar: WorkingDayCalendar;
  businessHours: BusinessHours;
}

const HOUR = 3_600_000;
const ELAPSED_MS = { MINUTES: 60_000, HOURS: HOUR, CALENDAR_DAYS: 24 * HOUR, WEEKS: 7 * 24 * HOUR } as const;

/**
 * `start` plus `amount` of `unit`. WORKING_DAYS gives the end (23:59:59.999 local) of the
 * `amount`th working day after start's local day: "within n working days of start".
 */
export function addDuration(start: Date, amount: number, unit: DurationUnit, ctx: DurationContext): Date {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`A duration must be a finite amount of at least 0, not ${amount}.`);
  switch (unit) {
    case 'WORKING_DAYS':
      if (!Number.isInteger(amount)) throw new RangeError(`Working days must be a whole number, not ${amount}.`);
      return workingDaysDeadline(start, amount, ctx.calendar, ctx.timeZone);
    case 'BUSINESS_HOURS':
      return addBusinessTime(start, Math.round(amount * HOUR), ctx);
    default:
      return new Date(start.getTime() + Math.round(amount * ELAPSED_MS[unit]));
  }
}

/**
 * How much of `unit` passes from `from` to `to`. WORKING_DAYS counts whole working days
 * after from's local day up to and including to's; the other units are fractional.
 */
export function elapsed(from: Date, to: Date, unit: DurationUnit, ctx: DurationContext): number {
  if (to < from) throw new RangeError(`elapsed: ${to.toISOString()} is before ${from.toISOString()}.`);
  switch (unit) {
    case 'WORKING_DAYS':
      return workingDaysBetween(localDate(from, ctx.timeZone), localDate(to, ctx.timeZone), ctx.calendar);
    case 'BUSINESS_HOURS':
      return businessTimeBetween(from, to, ctx) / HOUR;
    default:
      return (to.getTime() - from.getTime()) / ELAPSED_MS[unit];
  }
}
