import { CN_MAINLAND, UK_ENGLAND_WALES, US_FEDERAL, calendarById, customCalendar, withOwnDays } from '../../../functions/core/clocks/calendars';
import { addDays, dayOfWeek } from '../../../functions/core/clocks/time-zone';
import type { WorkingDayCalendar } from '../../../functions/core/clocks/calendars';

/** The weekdays of `year` the calendar does not work: its holidays that do not fall on a weekend. */
function weekdayHolidays(calendar: WorkingDayCalendar, year: number): string[] {
  const days: string[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
    if (![0, 6].includes(dayOfWeek(day)) && !calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
}

describe('mainland China calendar (chinese-days, installed 1.5.7)', () => {
  it('has official data for the years the package holds, 2004 to 2026, and none for 2027 or before 2004', () => {
    for (let year = 2004; year <= 2026; year += 1) expect(CN_MAINLAND.hasOfficialData(year)).toBe(true);
    expect(CN_MAINLAND.hasOfficialData(2003)).toBe(false);
    expect(CN_MAINLAND.hasOfficialData(2027)).toBe(false);
  });

  it('keeps the 2026 holidays and 调休 of the State Council notice', () => {
    expect(weekdayHolidays(CN_MAINLAND, 2026)).toEqual([
      '2026-01-01', '2026-01-02', // 元旦
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', // 春节
      '2026-04-06', // 清明节
      '2026-05-01', '2026-05-04', '2026-05-05', // 劳动节
      '2026-06-19', // 端午节
      '2026-09-25', // 中秋节
      '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', // 国庆节
    ]);
    for (const makeUp of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) expect(CN_MAINLAND.isWorkingDay(makeUp)).toBe(true);
  });

  it('has the 2019 Spring Festival of a past year, with its weekend make-up days', () => {
    expect(CN_MAINLAND.isWorkingDay('2019-02-02')).toBe(true); // Saturday worked
    expect(CN_MAINLAND.isWorkingDay('2019-02-03')).toBe(true); // Sunday worked
    for (let day = '2019-02-04'; day <= '2019-02-10'; day = addDays(day, 1)) expect(CN_MAINLAND.isWorkingDay(day)).toBe(false);
    expect(CN_MAINLAND.isWorkingDay('2019-02-11')).toBe(true);
  });

  it('estimates a year without a notice from the statutory holidays, leaving out days off for one group only', () => {
    expect(CN_MAINLAND.isWorkingDay('2027-01-01')).toBe(false); // 元旦
    expect(CN_MAINLAND.isWorkingDay('2027-02-05')).toBe(false); // 春节: 除夕
    expect(CN_MAINLAND.isWorkingDay('2027-02-08')).toBe(false); // 春节: the third day of the lunar year, the fourth day off since 2025
    expect(CN_MAINLAND.isWorkingDay('2027-04-05')).toBe(false); // 清明节
    expect(CN_MAINLAND.isWorkingDay('2027-05-03')).toBe(true); // 劳动节 is 1 and 2 May: the 3rd is a plain Monday without a notice
    expect(CN_MAINLAND.isWorkingDay('2027-06-09')).toBe(false); // 端午节
    expect(CN_MAINLAND.isWorkingDay('2027-09-15')).toBe(false); // 中秋节
    expect(CN_MAINLAND.isWorkingDay('2027-10-01')).toBe(false); // 国庆节
    expect(CN_MAINLAND.isWorkingDay('2027-03-08')).toBe(true); // 妇女节: a half day for women only
    expect(CN_MAINLAND.isWorkingDay('2027-05-04')).toBe(true); // 青年节: a half day for youth only
    expect(CN_MAINLAND.isWorkingDay('2027-06-01')).toBe(true); // 儿童节: children only
    expect(CN_MAINLAND.isWorkingDay('2027-01-02')).toBe(false); // an ordinary Saturday: no 调休 is guessed
  });
});

describe('England and Wales calendar (date-holidays, by rule)', () => {
  it("matches GOV.UK's 2026 bank holidays", () => {
    expect(weekdayHolidays(UK_ENGLAND_WALES, 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it("matches GOV.UK's 2015 bank holidays, for imports of past complaints", () => {
    expect(weekdayHolidays(UK_ENGLAND_WALES, 2015)).toEqual([
      '2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28',
    ]);
  });

  it('has every year, the one-off days of 2022 and next year included', () => {
    expect(UK_ENGLAND_WALES.isWorkingDay('2022-06-03')).toBe(false); // Platinum Jubilee
    expect(UK_ENGLAND_WALES.isWorkingDay('2022-09-19')).toBe(false); // State funeral
    expect(UK_ENGLAND_WALES.hasOfficialData(2027)).toBe(true);
    expect(UK_ENGLAND_WALES.isWorkingDay('2027-03-26')).toBe(false); // Good Friday 2027
  });
});

describe('United States federal calendar (date-holidays, by rule)', () => {
  it('has the eleven federal holidays of 2026 on the days they are observed', () => {
    expect(weekdayHolidays(US_FEDERAL, 2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
    expect(calendarById('US')).toBe(US_FEDERAL);
  });

  it('takes Veterans Day off on the Friday or Monday it is observed when 11 November is a weekend day, as OPM lists it', () => {
    expect(US_FEDERAL.isWorkingDay('2023-11-10')).toBe(false); // 11 November 2023 is a Saturday
    expect(US_FEDERAL.isWorkingDay('2028-11-10')).toBe(false); // 2028: a Saturday too
    expect(US_FEDERAL.isWorkingDay('2029-11-12')).toBe(false); // 2029: a Sunday
    expect(US_FEDERAL.isWorkingDay('2024-11-11')).toBe(false); // a Monday: the day itself
    expect(US_FEDERAL.isWorkingDay('2024-11-12')).toBe(true);
  });
});

describe("an organization's own days on top of the package's", () => {
  const own = customCalendar({ id: 'CN', weekend: [0, 6], holidays: ['2026-12-31', '2027-01-01', '2027-01-04'], makeUpWorkingDays: ['2026-10-08'], years: [2026, 2027] });
  const calendar = withOwnDays(own, CN_MAINLAND);

  it('makes a year the package lacks official once the organization lists it', () => {
    expect(CN_MAINLAND.hasOfficialData(2027)).toBe(false);
    expect(calendar.hasOfficialData(2027)).toBe(true);
  });

  it("lets the organization's listed days win over the package's", () => {
    expect(calendar.isWorkingDay('2026-12-31')).toBe(false); // an extra day off
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true); // worked, though the package has it off
    expect(calendar.isWorkingDay('2027-01-04')).toBe(false);
  });

  it("keeps the package's days the organization does not list", () => {
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
  });

  it("follows the organization's lists alone in a year the package only estimates", () => {
    expect(CN_MAINLAND.isWorkingDay('2027-02-05')).toBe(false); // the estimate
    expect(calendar.isWorkingDay('2027-02-05')).toBe(true); // not in the organization's 2027 list
  });
});
