import chineseDays from 'chinese-days';
import Holidays from 'date-holidays';
import type { WorkingDayCalendar } from './calendars';
import { addDays, dayOfWeek } from './time-zone';

/**
 * The shipped calendars, from maintained data packages rather than lists of our own; the
 * only module that knows those packages (the rest of the core sees WorkingDayCalendar).
 *
 * - CN: chinese-days carries the State Council's yearly notice (holidays and 调休
 *   make-up working days), so a year is official once the package has it; upgrading the
 *   package extends the years. For a year it lacks, the statutory days of
 *   《全国年节及纪念日放假办法》 (as amended in 2024) stand in as an estimate, placed with
 *   chinese-days' lunar calendar and solar terms; no 调休 is guessed (only the notice fixes it).
 * - UK (England and Wales) and US (federal): date-holidays computes them by rule for any
 *   year, including substitute days and the one-off days its data lists.
 */

const isWeekend = (date: string): boolean => [0, 6].includes(dayOfWeek(date));

/**
 * The days date-holidays lists as off: whole public or bank holidays, not half days. Its
 * `note` is no filter here: on the US observed Veterans Day it says "Federal Government
 * offices are closed" (group-only notes are on CN days, which come from chinese-days).
 */
function daysOffByRule(holidays: Holidays, year: number): Set<string> {
  return new Set(
    holidays
      .getHolidays(year)
      .filter((h) => (h.type === 'public' || h.type === 'bank') && h.date.endsWith(' 00:00:00'))
      .map((h) => h.date.slice(0, 10)),
  );
}

/** Holidays by year, computed once per year a clock asks about; the rules are set up on first use, not at cold start. */
function byYear(country: string, state?: string): (year: number) => Set<string> {
  const years = new Map<number, Set<string>>();
  let holidays: Holidays | undefined;
  return (year) => {
    let days = years.get(year);
    if (!days) {
      holidays ??= state === undefined ? new Holidays(country) : new Holidays(country, state);
      days = daysOffByRule(holidays, year);
      years.set(year, days);
    }
    return days;
  };
}

function ruleBasedCalendar(id: string, country: string, state?: string): WorkingDayCalendar {
  const daysOff = byYear(country, state);
  return {
    id,
    isWorkingDay: (date) => !isWeekend(date) && !daysOff(Number(date.slice(0, 4))).has(date),
    hasOfficialData: () => true,
  };
}

const yearsPublished = new Map<number, boolean>();

/** Whether chinese-days has the State Council's notice for `year`: any holiday listed in it. */
function chineseDaysHasYear(year: number): boolean {
  let published = yearsPublished.get(year);
  if (published === undefined) {
    published = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    yearsPublished.set(year, published);
  }
  return published;
}

const lunar = (year: number, monthDay: string): string => chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;

/**
 * The days off everyone has by law in `year`: 元旦 1 January; 春节 除夕 and the first three
 * days of the lunar year; 清明节 the day of the 清明 solar term; 劳动节 1–2 May; 端午节 the 5th
 * of the 5th lunar month; 中秋节 the 15th of the 8th; 国庆节 1–3 October.
 */
function cnStatutoryDays(year: number): Set<string> {
  const newYear = lunar(year, '01-01');
  return new Set([
    `${year}-01-01`,
    addDays(newYear, -1),
    newYear,
    addDays(newYear, 1),
    addDays(newYear, 2),
    chineseDays.getSolarTermDate(year, 4, 'pure_brightness'),
    `${year}-05-01`,
    `${year}-05-02`,
    lunar(year, '05-05'),
    lunar(year, '08-15'),
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ]);
}

const statutoryByYear = new Map<number, Set<string>>();
const cnStatutory = (year: number): Set<string> => {
  let days = statutoryByYear.get(year);
  if (!days) statutoryByYear.set(year, (days = cnStatutoryDays(year)));
  return days;
};

/** Mainland China: official holidays and 调休 where published, statutory holidays as an estimate elsewhere. */
export const CN_MAINLAND: WorkingDayCalendar = {
  id: 'CN',
  isWorkingDay(date) {
    const year = Number(date.slice(0, 4));
    if (chineseDaysHasYear(year)) return chineseDays.isWorkday(date);
    return !isWeekend(date) && !cnStatutory(year).has(date);
  },
  hasOfficialData: chineseDaysHasYear,
};

/** England and Wales bank holidays, as GOV.UK lists them. */
export const UK_ENGLAND_WALES: WorkingDayCalendar = ruleBasedCalendar('UK', 'GB', 'ENG');

/** United States federal holidays (observed days when one falls on a weekend). */
export const US_FEDERAL: WorkingDayCalendar = ruleBasedCalendar('US', 'US');
