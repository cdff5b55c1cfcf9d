import { dayOfWeek } from './time-zone';
import type * as Published from './published-calendars';

/**
 * A working-day calendar. The shipped ones come from maintained data packages
 * (published-calendars.ts); an organization's own sit on top of them (withOwnDays).
 */
export interface WorkingDayCalendar {
  id: string;
  /** Whether `date` (YYYY-MM-DD) is worked: not a weekend or holiday, or a make-up working day (调休). */
  isWorkingDay(date: string): boolean;
  /** Whether the calendar's days in `year` are published data; false means they are an estimate. */
  hasOfficialData(year: number): boolean;
}

/** A calendar from lists an administrator supplies, which says which dates it lists. */
export interface ListedCalendar extends WorkingDayCalendar {
  weekend: readonly number[];
  holidays: ReadonlySet<string>;
  makeUpWorkingDays: ReadonlySet<string>;
  /** Years the lists cover. */
  years: readonly number[];
}

/** Monday to Friday, no holidays: nothing to publish, so every year is exact. */
export const WEEKDAYS: WorkingDayCalendar = {
  id: 'WEEKDAYS',
  isWorkingDay: (date) => ![0, 6].includes(dayOfWeek(date)),
  hasOfficialData: () => true,
};

/**
 * The shipped calendars' packages are large (every country's holiday rules and time zones):
 * they load the first time a calendar is asked about a date, not when a function starts.
 * Synchronously, since calendars answer synchronously (infra/bundling.ts bundles the packages apart).
 */
let published: typeof Published | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use, see above
const loadPublished = (): typeof Published => (published ??= require('./published-calendars') as typeof Published);

function shipped(id: string, pick: (p: typeof Published) => WorkingDayCalendar): WorkingDayCalendar {
  return { id, isWorkingDay: (date) => pick(loadPublished()).isWorkingDay(date), hasOfficialData: (year) => pick(loadPublished()).hasOfficialData(year) };
}

/** Mainland China: official holidays and 调休 where published, statutory holidays as an estimate elsewhere. */
export const CN_MAINLAND = shipped('CN', (p) => p.CN_MAINLAND);
/** England and Wales bank holidays, as GOV.UK lists them. */
export const UK_ENGLAND_WALES = shipped('UK', (p) => p.UK_ENGLAND_WALES);
/** United States federal holidays (observed days when one falls on a weekend). */
export const US_FEDERAL = shipped('US', (p) => p.US_FEDERAL);

const CALENDARS = new Map([CN_MAINLAND, UK_ENGLAND_WALES, US_FEDERAL, WEEKDAYS].map((c) => [c.id, c]));

/** The ids of the shipped calendars, e.g. to name them in a configuration error. */
export const CALENDAR_IDS: readonly string[] = [...CALENDARS.keys()];

export function calendarById(id: string): WorkingDayCalendar | undefined {
  return CALENDARS.get(id);
}

/**
 * An organization's own calendar on top of a shipped one with the same id: a date it
 * lists (holiday or make-up day) is decided by it; a year it covers that the package has
 * no data for follows its lists and the weekend alone (the package's estimate is not
 * mixed in) and counts as official; any other day is the package's.
 */
export function withOwnDays(own: ListedCalendar, base: WorkingDayCalendar): WorkingDayCalendar {
  return {
    id: own.id,
    isWorkingDay(date) {
      if (own.holidays.has(date) || own.makeUpWorkingDays.has(date)) return own.isWorkingDay(date);
      const year = Number(date.slice(0, 4));
      if (!base.hasOfficialData(year) && own.years.includes(year)) return own.isWorkingDay(date);
      return base.isWorkingDay(date);
    },
    hasOfficialData: (year) => base.hasOfficialData(year) || own.years.includes(year),
  };
}

/** The years from `from` to `to` (YYYY-MM-DD, inclusive) whose days the calendar only estimates. */
export function estimatedYears(calendar: WorkingDayCalendar, from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (!calendar.hasOfficialData(year)) years.push(year);
  }
  return years;
}

/** A calendar as an administrator supplies it, e.g. from JSON. */
export interface CalendarData {
  id: string;
  weekend: number[];
  holidays: string[];
  makeUpWorkingDays: string[];
  years: number[];
}

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  // Round-tripping through Date rejects days that do not exist, such as 2026-02-30.
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
}

function dates(data: CalendarData, field: 'holidays' | 'makeUpWorkingDays'): Set<string> {
  const values: unknown = data[field];
  if (!Array.isArray(values)) throw new Error(`Calendar ${field} must be a list of dates (YYYY-MM-DD).`);
  values.forEach((value, i) => {
    if (!isDate(value)) throw new Error(`Calendar ${field}[${i}] ${JSON.stringify(value)} is not a date in the form YYYY-MM-DD.`);
    // `years` says which years the data covers, so a date outside them is a slip.
    if (!data.years.includes(Number(value.slice(0, 4)))) {
      throw new Error(`Calendar ${field}[${i}] ${value} is in a year missing from years.`);
    }
  });
  return new Set(values.filter(isDate));
}

/** Builds and checks a calendar from plain data; throws an Error naming the first bad field. */
export function customCalendar(data: CalendarData): ListedCalendar {
  if (typeof data.id !== 'string' || data.id.trim() === '') throw new Error('Calendar id must be a non-empty string.');
  const { weekend, years } = data;
  if (!Array.isArray(weekend) || !weekend.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
    throw new Error('Calendar weekend must be a list of days of the week, 0 (Sunday) to 6 (Saturday).');
  }
  // Counting forward to the next working day would never end.
  if (new Set(weekend).size === 7) throw new Error('Calendar weekend cannot cover all seven days.');
  if (!Array.isArray(years) || !years.every((y) => Number.isInteger(y) && y >= 1000 && y <= 9999)) {
    throw new Error('Calendar years must be a list of four-digit years.');
  }
  const holidays = dates(data, 'holidays');
  const makeUpWorkingDays = dates(data, 'makeUpWorkingDays');
  const both = [...makeUpWorkingDays].find((d) => holidays.has(d));
  if (both) throw new Error(`Calendar makeUpWorkingDays ${both} is also listed in holidays.`);
  const days = [...new Set(weekend)];
  return {
    id: data.id,
    weekend: days,
    holidays,
    makeUpWorkingDays,
    years: [...years],
    isWorkingDay: (date) => makeUpWorkingDays.has(date) || (!holidays.has(date) && !days.includes(dayOfWeek(date))),
    hasOfficialData: (year) => years.includes(year),
  };
}
