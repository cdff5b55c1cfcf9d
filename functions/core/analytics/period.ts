import type { Period, PeriodInput, TrendGranularity } from '../../graphql/generated/types';
import { addDays, dayOfWeek } from '../clocks/time-zone';
import { invalidInput, type FieldIssue } from '../errors';

export type { Period, PeriodInput };

/** Two years and a day: a year against the year before, leap day included. */
export const MAX_PERIOD_DAYS = 731;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Date.UTC reads years 0-99 as 1900-1999, so the day arithmetic starts here. */
const FIRST_YEAR = 1900;

/** A real calendar day written YYYY-MM-DD (not 2026-02-30), from 1900 on. */
export function isDate(value: string): boolean {
  return DATE.test(value) && Number(value.slice(0, 4)) >= FIRST_YEAR && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export const daysFrom = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The number of days in a period, both ends included. */
export const lengthOf = (period: Period): number => daysFrom(period.from, period.to) + 1;

/** The period, checked: real dates, from not after to, at most MAX_PERIOD_DAYS days. */
export function validatePeriod(period: PeriodInput, field = 'period'): Period {
  const issues: FieldIssue[] = [];
  if (!isDate(period.from)) issues.push({ field: `${field}.from`, message: 'must be a calendar date in the form YYYY-MM-DD' });
  if (!isDate(period.to)) issues.push({ field: `${field}.to`, message: 'must be a calendar date in the form YYYY-MM-DD' });
  if (issues.length === 0) {
    const days = lengthOf(period);
    if (days < 1) issues.push({ field: `${field}.to`, message: `must not be before ${field}.from` });
    else if (days > MAX_PERIOD_DAYS) issues.push({ field: `${field}.to`, message: `must be at most ${MAX_PERIOD_DAYS} days from ${field}.from, both included` });
  }
  if (issues.length) throw invalidInput(issues);
  return { from: period.from, to: period.to };
}

/** Every day of the period, in order. */
export function daysOf(period: Period): string[] {
  return Array.from({ length: lengthOf(period) }, (_, i) => addDays(period.from, i));
}

/** The period of the same length that ends the day before this one starts. */
export function previousPeriod(period: Period): Period {
  return { from: addDays(period.from, -lengthOf(period)), to: addDays(period.from, -1) };
}

/** The Monday of the day's week. */
export const weekStart = (day: string): string => addDays(day, -((dayOfWeek(day) + 6) % 7));

export const monthStart = (day: string): string => `${day.slice(0, 8)}01`;

/** The first day of the day, week or month that holds `day`. */
export function bucketStart(day: string, granularity: TrendGranularity): string {
  switch (granularity) {
    case 'DAY':
      return day;
    case 'WEEK':
      return weekStart(day);
    case 'MONTH':
      return monthStart(day);
  }
}

/** The start of every day, week or month the period touches, in order. */
export function bucketStarts(period: Period, granularity: TrendGranularity): string[] {
  const starts: string[] = [];
  for (const day of daysOf(period)) {
    const start = bucketStart(day, granularity);
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}
