import type { DurationContext } from './durations';
import { addDays, atLocalTime, localDate } from './time-zone';
import { isWorkingDay } from './working-days';

/**
 * Daily opening hours, local 'HH:MM'. An end earlier than the start runs past midnight,
 * and the whole window belongs to the working day it opens on (22:00–06:00 opened on
 * Friday runs to Saturday 06:00 and is Friday's).
 */
export interface BusinessHours {
  start: string;
  end: string;
}

interface Window {
  start: number;
  end: number;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkHours({ start, end }: BusinessHours): void {
  if (!HH_MM.test(start)) throw new Error(`businessHours.start ${JSON.stringify(start)} is not a time in the form HH:MM.`);
  if (!HH_MM.test(end)) throw new Error(`businessHours.end ${JSON.stringify(end)} is not a time in the form HH:MM.`);
  if (start === end) throw new Error('businessHours.start and businessHours.end must differ.');
}

/** The window opening on `date`, or undefined when `date` is not a working day. */
function windowOn(date: string, ctx: DurationContext): Window | undefined {
  if (!isWorkingDay(date, ctx.calendar)) return undefined;
  const { start, end } = ctx.businessHours;
  const closesOn = end < start ? addDays(date, 1) : date;
  return { start: atLocalTime(date, start, ctx.timeZone).getTime(), end: atLocalTime(closesOn, end, ctx.timeZone).getTime() };
}

/** The day whose window may still be open at `instant`: an overnight window opens the day before. */
function firstDayToLook(instant: Date, ctx: DurationContext): string {
  return addDays(localDate(instant, ctx.timeZone), -1);
}

/** The instant by which `ms` of business time has passed after `start`. */
export function addBusinessTime(start: Date, ms: number, ctx: DurationContext): Date {
  checkHours(ctx.businessHours);
  // Nothing to add: stay put rather than move to the next opening.
  if (ms === 0) return start;
  let remaining = ms;
  for (let date = firstDayToLook(start, ctx); ; date = addDays(date, 1)) {
    const window = windowOn(date, ctx);
    if (!window) continue;
    const from = Math.max(window.start, start.getTime());
    if (from >= window.end) continue;
    if (remaining <= window.end - from) return new Date(from + remaining);
    remaining -= window.end - from;
  }
}

/** Milliseconds of business time between `from` and `to`. */
export function businessTimeBetween(from: Date, to: Date, ctx: DurationContext): number {
  checkHours(ctx.businessHours);
  const lastDay = localDate(to, ctx.timeZone);
  let total = 0;
  for (let date = firstDayToLook(from, ctx); date <= lastDay; date = addDays(date, 1)) {
    const window = windowOn(date, ctx);
    if (window) total += Math.max(0, Math.min(window.end, to.getTime()) - Math.max(window.start, from.getTime()));
  }
  return total;
}
