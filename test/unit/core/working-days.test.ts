import { CN_MAINLAND, WEEKDAYS } from '../../../functions/core/clocks/calendars';
import { addWorkingDays, isWorkingDay, workingDaysDeadline } from '../../../functions/core/clocks/working-days';
import { endOfLocalDay, localDate } from '../../../functions/core/clocks/time-zone';

describe('working-day calendar', () => {
  it('treats a public holiday on a weekday as a day off', () => {
    expect(isWorkingDay('2026-10-05', CN_MAINLAND)).toBe(false); // Monday of National Day week
  });

  it('treats a make-up working day (调休) on a weekend as a working day', () => {
    expect(isWorkingDay('2026-10-10', CN_MAINLAND)).toBe(true); // Saturday
    expect(isWorkingDay('2026-02-14', CN_MAINLAND)).toBe(true); // Saturday before Spring Festival
  });

  it('treats an ordinary weekend as a day off and an ordinary weekday as a working day', () => {
    expect(isWorkingDay('2026-11-28', CN_MAINLAND)).toBe(false);
    expect(isWorkingDay('2026-11-30', CN_MAINLAND)).toBe(true);
  });

  it('counts 7 working days across the National Day holiday and its make-up Saturday', () => {
    // Received Tue 29 Sep: 30 Sep (1), 1-7 Oct off, 8 Oct (2), 9 Oct (3), Sat 10 Oct make-up (4), 12 (5), 13 (6), 14 (7).
    expect(addWorkingDays('2026-09-29', 7, CN_MAINLAND)).toBe('2026-10-14');
  });

  it('counts 7 working days across the Spring Festival', () => {
    // Received Fri 13 Feb: Sat 14 Feb make-up (1), 15-23 off, 24 (2), 25 (3), 26 (4), 27 (5), Sat 28 make-up (6), Mon 2 Mar (7).
    expect(addWorkingDays('2026-02-13', 7, CN_MAINLAND)).toBe('2026-03-02');
  });

  it('crosses the year end on the statutory estimate where the package has no notice yet', () => {
    // Thu 31 Dec 2026 → Fri 1 Jan 2027 元旦 off (estimate), Mon 4 (1) … Fri 8 (5), Mon 11 (6), Tue 12 (7).
    expect(addWorkingDays('2026-12-31', 7, CN_MAINLAND)).toBe('2027-01-12');
    expect(CN_MAINLAND.hasOfficialData(2027)).toBe(false);
  });

  it('counts only weekdays in the plain weekday calendar', () => {
    expect(addWorkingDays('2026-10-01', 3, WEEKDAYS)).toBe('2026-10-06');
  });
});

describe('acceptance deadline', () => {
  it('falls due at the end of the 7th working day, in the organization\'s time zone', () => {
    // 23:30 UTC on Sunday 29 Nov is already Monday 30 Nov in Shanghai.
    const due = workingDaysDeadline(new Date('2026-11-29T23:30:00Z'), 7, CN_MAINLAND, 'Asia/Shanghai');
    expect(due.toISOString()).toBe('2026-12-09T15:59:59.999Z');
  });

  it('uses the local date of receipt across midnight', () => {
    expect(localDate(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(localDate(new Date('2026-12-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-12-31');
  });

  it('finds the end of a local day on a daylight-saving change', () => {
    // London moves to summer time on 29 Mar 2026: the day ends at 23:59:59.999 BST = 22:59:59.999Z.
    expect(endOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T22:59:59.999Z');
    expect(endOfLocalDay('2026-03-28', 'Europe/London').toISOString()).toBe('2026-03-28T23:59:59.999Z');
  });
});
