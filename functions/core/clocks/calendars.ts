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

const CALENDARS = new Map([CN_MAINLAND, WEEKDAYS].map((c) => [c.id, c]));

export function calendarById(id: string): WorkingDayCalendar | undefined {
  return CALENDARS.get(id);
}
