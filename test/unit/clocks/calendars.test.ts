import { calendarById, customCalendar, UK_ENGLAND_WALES, type CalendarData } from '../../../functions/core/clocks/calendars';
import { isWorkingDay } from '../../../functions/core/clocks/working-days';

describe('England and Wales calendar', () => {
  it('takes Good Friday, Easter Monday and the Boxing Day substitute off', () => {
    expect(isWorkingDay('2026-04-03', UK_ENGLAND_WALES)).toBe(false);
    expect(isWorkingDay('2026-04-06', UK_ENGLAND_WALES)).toBe(false);
    expect(isWorkingDay('2026-12-28', UK_ENGLAND_WALES)).toBe(false);
    expect(isWorkingDay('2026-12-29', UK_ENGLAND_WALES)).toBe(true);
  });

  it('ships alongside the Chinese and weekday calendars', () => {
    expect(calendarById('UK')).toBe(UK_ENGLAND_WALES);
    expect(calendarById('CN')?.id).toBe('CN');
    expect(calendarById('WEEKDAYS')?.id).toBe('WEEKDAYS');
  });
});

describe('custom calendar', () => {
  const data: CalendarData = { id: 'HK', weekend: [0], holidays: ['2026-07-01'], makeUpWorkingDays: ['2026-07-05'], years: [2026] };

  it('works from plain data: its weekend, holidays and make-up days', () => {
    const calendar = customCalendar(data);
    expect(isWorkingDay('2026-07-04', calendar)).toBe(true); // Saturday is worked here
    expect(isWorkingDay('2026-07-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-07-05', calendar)).toBe(true); // a Sunday made up
    expect(isWorkingDay('2026-07-12', calendar)).toBe(false);
  });

  it.each<[string, Partial<CalendarData>, RegExp]>([
    ['an empty id', { id: ' ' }, /id/],
    ['a day of the week out of range', { weekend: [7] }, /weekend/],
    ['a weekend of the whole week', { weekend: [0, 1, 2, 3, 4, 5, 6] }, /weekend cannot cover all seven days/],
    ['a year that is not a year', { years: [26] }, /years/],
    ['a day that does not exist', { holidays: ['2026-07-01', '2026-02-30'] }, /holidays\[1\] "2026-02-30"/],
    ['a date in another format', { makeUpWorkingDays: ['2026/07/05'] }, /makeUpWorkingDays\[0\] "2026\/07\/05"/],
    ['a holiday outside the listed years', { holidays: ['2027-01-01'] }, /holidays\[0\] 2027-01-01 is in a year missing from years/],
    ['a day both a holiday and a make-up day', { makeUpWorkingDays: ['2026-07-01'] }, /makeUpWorkingDays 2026-07-01 is also listed in holidays/],
  ])('rejects %s, naming the field', (_, change, message) => {
    expect(() => customCalendar({ ...data, ...change })).toThrow(message);
  });
});
