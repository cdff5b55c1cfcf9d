import { customCalendar } from '../../../functions/core/clocks/calendars';
import { addDuration, elapsed } from '../../../functions/core/clocks/durations';
import { at, LONDON, NEW_YORK, SHANGHAI } from './contexts';

const NIGHT_SHIFT = { ...SHANGHAI, businessHours: { start: '22:00', end: '06:00' } };

describe('working days', () => {
  it('does not count the Spring Festival holiday towards the 7 working days', () => {
    // Fri 13 Feb 10:00 Shanghai: Sat 14 make-up (1), 15–23 off, 24–27 (2–5), Sat 28 make-up (6), Mon 2 Mar (7).
    expect(addDuration(at('2026-02-13T02:00:00Z'), 7, 'WORKING_DAYS', SHANGHAI).toISOString()).toBe('2026-03-02T15:59:59.999Z');
  });

  it('counts a make-up Saturday (调休) as a working day', () => {
    expect(addDuration(at('2026-10-09T02:00:00Z'), 1, 'WORKING_DAYS', SHANGHAI).toISOString()).toBe('2026-10-10T15:59:59.999Z');
  });

  it('measures whole working days after the first local day up to and including the last', () => {
    // Fri 13 Feb 15:00 → Tue 24 Feb 09:00 Shanghai: Sat 14 (make-up) and Tue 24.
    expect(elapsed(at('2026-02-13T07:00:00Z'), at('2026-02-24T01:00:00Z'), 'WORKING_DAYS', SHANGHAI)).toBe(2);
    expect(elapsed(at('2026-02-13T01:00:00Z'), at('2026-02-13T09:00:00Z'), 'WORKING_DAYS', SHANGHAI)).toBe(0);
  });

  it('refuses a fraction of a working day', () => {
    expect(() => addDuration(at('2026-02-13T02:00:00Z'), 1.5, 'WORKING_DAYS', SHANGHAI)).toThrow(/whole number/);
  });
});

describe('business hours, 09:00–18:00', () => {
  it('carries what is left at closing time over to the next working day', () => {
    // Fri 27 Nov 17:30 Shanghai + 1 hour: 30 minutes on Friday, 30 on Monday.
    expect(addDuration(at('2026-11-27T09:30:00Z'), 1, 'BUSINESS_HOURS', SHANGHAI).toISOString()).toBe('2026-11-30T01:30:00.000Z');
  });

  it('falls due at closing time when the time runs out exactly then', () => {
    expect(addDuration(at('2026-11-27T09:50:00Z'), 10 / 60, 'BUSINESS_HOURS', SHANGHAI).toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });

  it('opens on a make-up Saturday (调休)', () => {
    // Fri 9 Oct 17:30 + 1 hour → Sat 10 Oct 09:30 Shanghai.
    expect(addDuration(at('2026-10-09T09:30:00Z'), 1, 'BUSINESS_HOURS', SHANGHAI).toISOString()).toBe('2026-10-10T01:30:00.000Z');
  });

  it('skips Christmas, the weekend and the Boxing Day substitute', () => {
    // Thu 24 Dec 17:50 London + 30 minutes: 10 on Thursday, 20 on Tue 29 Dec.
    expect(addDuration(at('2026-12-24T17:50:00Z'), 0.5, 'BUSINESS_HOURS', LONDON).toISOString()).toBe('2026-12-29T09:20:00.000Z');
  });

  it('crosses the year end into the next working day', () => {
    const calendar = customCalendar({ id: 'ACME', weekend: [0, 6], holidays: ['2027-01-01'], makeUpWorkingDays: [], years: [2027] });
    // Thu 31 Dec 2026 17:50 Shanghai + 30 minutes: New Year's Day and the weekend off → Mon 4 Jan 09:20.
    expect(addDuration(at('2026-12-31T09:50:00Z'), 0.5, 'BUSINESS_HOURS', { ...SHANGHAI, calendar }).toISOString()).toBe('2027-01-04T01:20:00.000Z');
  });

  it('keeps office hours in local time across a daylight-saving change', () => {
    // Fri 27 Mar 17:00 GMT + 2 hours → Mon 30 Mar 10:00 BST, after London moved to summer time on the Sunday.
    expect(addDuration(at('2026-03-27T17:00:00Z'), 2, 'BUSINESS_HOURS', LONDON).toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });

  it('measures fractional business hours, and adding them back lands where it started', () => {
    const from = at('2026-11-27T08:00:00Z'); // Fri 16:00 Shanghai
    const to = addDuration(from, 7.25, 'BUSINESS_HOURS', SHANGHAI);
    expect(elapsed(from, to, 'BUSINESS_HOURS', SHANGHAI)).toBe(7.25);
  });

  it('stays put when there is nothing to add, even at closing time', () => {
    expect(addDuration(at('2026-11-27T10:00:00Z'), 0, 'BUSINESS_HOURS', SHANGHAI).toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });

  it('rejects business hours that are not HH:MM or that open and close at once', () => {
    const bad = (start: string, end: string) => () => addDuration(at('2026-11-27T08:00:00Z'), 1, 'BUSINESS_HOURS', { ...SHANGHAI, businessHours: { start, end } });
    expect(bad('9:00', '18:00')).toThrow(/businessHours\.start/);
    expect(bad('09:00', '24:00')).toThrow(/businessHours\.end/);
    expect(bad('09:00', '09:00')).toThrow(/must differ/);
  });
});

describe('business hours across midnight, 22:00–06:00', () => {
  it("counts Friday's night shift into Saturday morning, then waits for Monday night", () => {
    // Fri 27 Nov 23:00 Shanghai + 8 hours: 7 until Sat 06:00, 1 from Mon 22:00.
    expect(addDuration(at('2026-11-27T15:00:00Z'), 8, 'BUSINESS_HOURS', NIGHT_SHIFT).toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it("treats the small hours after a working day as that day's business hours", () => {
    // Sat 28 Nov 02:00 is inside Friday's shift: + 2 hours → Sat 04:00.
    expect(addDuration(at('2026-11-27T18:00:00Z'), 2, 'BUSINESS_HOURS', NIGHT_SHIFT).toISOString()).toBe('2026-11-27T20:00:00.000Z');
  });

  it("does not open the small hours after a day off, though they fall on a working day", () => {
    // Mon 30 Nov 03:00 belongs to Sunday's (absent) shift: + 1 hour → Mon 23:00.
    expect(addDuration(at('2026-11-29T19:00:00Z'), 1, 'BUSINESS_HOURS', NIGHT_SHIFT).toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('runs the last shift before National Day into the holiday morning, then resumes after the holiday', () => {
    // Wed 30 Sep 22:00 Shanghai: 8 hours end Thu 1 Oct 06:00; 9 hours need Thu 8 Oct 22:00–23:00 as well.
    expect(addDuration(at('2026-09-30T14:00:00Z'), 8, 'BUSINESS_HOURS', NIGHT_SHIFT).toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(addDuration(at('2026-09-30T14:00:00Z'), 9, 'BUSINESS_HOURS', NIGHT_SHIFT).toISOString()).toBe('2026-10-08T15:00:00.000Z');
  });

  it('measures the business hours of a night shift across the weekend', () => {
    // Fri 27 Nov 20:00 → Mon 30 Nov 23:30 Shanghai: Friday's full shift (8) and Monday 22:00–23:30 (1.5).
    expect(elapsed(at('2026-11-27T12:00:00Z'), at('2026-11-30T15:30:00Z'), 'BUSINESS_HOURS', NIGHT_SHIFT)).toBe(9.5);
  });
});

describe('elapsed time units', () => {
  it('adds minutes, hours and weeks as plain elapsed time', () => {
    const start = at('2026-11-27T15:00:00Z');
    expect(addDuration(start, 10, 'MINUTES', SHANGHAI).toISOString()).toBe('2026-11-27T15:10:00.000Z');
    expect(addDuration(start, 36, 'HOURS', SHANGHAI).toISOString()).toBe('2026-11-29T03:00:00.000Z');
    expect(addDuration(start, 2, 'WEEKS', SHANGHAI).toISOString()).toBe('2026-12-11T15:00:00.000Z');
  });

  it('counts calendar days as 24 hours, so the local hour moves across a daylight-saving change', () => {
    // 10:00 EST on 2 Mar + 15 days is 11:00 EDT on 17 Mar: New York moved its clocks on 8 Mar.
    expect(addDuration(at('2026-03-02T15:00:00Z'), 15, 'CALENDAR_DAYS', NEW_YORK).toISOString()).toBe('2026-03-17T15:00:00.000Z');
  });

  it('measures fractional elapsed time', () => {
    expect(elapsed(at('2026-11-27T15:00:00Z'), at('2026-11-28T03:00:00Z'), 'CALENDAR_DAYS', SHANGHAI)).toBe(0.5);
  });

  it('refuses negative amounts and time running backwards', () => {
    expect(() => addDuration(at('2026-11-27T15:00:00Z'), -1, 'HOURS', SHANGHAI)).toThrow(RangeError);
    expect(() => elapsed(at('2026-11-28T00:00:00Z'), at('2026-11-27T00:00:00Z'), 'HOURS', SHANGHAI)).toThrow(RangeError);
  });
});
