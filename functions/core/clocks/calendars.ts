/**
 * Working-day calendars. A day is a working day unless it falls on the weekend or a
 * holiday, except that a make-up working day (调休) is always a working day.
 */
export interface WorkingDayCalendar {
  id: string;
  /** Days of the week that are not worked, 0 = Sunday. */
  weekend: readonly number[];
  holidays: ReadonlySet<string>;
  makeUpWorkingDays: ReadonlySet<string>;
  /** Years whose holidays are in the data; other years count weekends only. */
  years: readonly number[];
}

function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** Mainland China, from the State Council's 2026 holiday notice. */
export const CN_MAINLAND: WorkingDayCalendar = {
  id: 'CN',
  weekend: [0, 6],
  holidays: new Set([
    ...range('2026-01-01', '2026-01-03'), // 元旦
    ...range('2026-02-15', '2026-02-23'), // 春节
    ...range('2026-04-04', '2026-04-06'), // 清明节
    ...range('2026-05-01', '2026-05-05'), // 劳动节
    ...range('2026-06-19', '2026-06-21'), // 端午节
    ...range('2026-09-25', '2026-09-27'), // 中秋节
    ...range('2026-10-01', '2026-10-07'), // 国庆节
  ]),
  makeUpWorkingDays: new Set(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']),
  years: [2026],
};

/** Monday to Friday, no holidays. */
export const WEEKDAYS: WorkingDayCalendar = {
  id: 'WEEKDAYS',
  weekend: [0, 6],
  holidays: new Set(),
  makeUpWorkingDays: new Set(),
  years: [],
};

/** England and Wales bank holidays, from GOV.UK's 2026 list. */
export const UK_ENGLAND_WALES: WorkingDayCalendar = {
  id: 'UK',
  weekend: [0, 6],
  holidays: new Set([
    '2026-01-01', // New Year's Day
    '2026-04-03', // Good Friday
    '2026-04-06', // Easter Monday
    '2026-05-04', // Early May bank holiday
    '2026-05-25', // Spring bank holiday
    '2026-08-31', // Summer bank holiday
    '2026-12-25', // Christmas Day
    '2026-12-28', // Boxing Day (substitute day: 26 Dec is a Saturday)
  ]),
  makeUpWorkingDays: new Set(),
  years: [2026],
};

const CALENDARS = new Map([CN_MAINLAND, UK_ENGLAND_WALES, WEEKDAYS].map((c) => [c.id, c]));

export function calendarById(id: string): WorkingDayCalendar | undefined {
  return CALENDARS.get(id);
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
  return new Set(values);
}

/** Builds and checks a calendar from plain data; throws an Error naming the first bad field. */
export function customCalendar(data: CalendarData): WorkingDayCalendar {
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
  return { id: data.id, weekend: [...new Set(weekend)], holidays, makeUpWorkingDays, years: [...years] };
}
