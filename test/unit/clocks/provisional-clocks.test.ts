import { STATUTORY_PROFILES, type ClockDefinition } from '../../../functions/core/clocks/clock-definitions';
import { pauseClock, resumeClock, startClock } from '../../../functions/core/clocks/running-clock';
import { clockContext } from '../../../functions/core/lifecycle/clock-book';
import { SETTINGS } from '../core/test-policy';
import { LONDON, SHANGHAI, at } from './contexts';

const profile = (id: string): ClockDefinition => Object.values(STATUTORY_PROFILES).flat().find((d) => d.id === id)!;
const CN_ACCEPTANCE = profile('CN_ACCEPTANCE');

describe('a clock counted on estimated holidays', () => {
  it('is provisional when a CN acceptance deadline crosses into 2027, and its estimate skips 1 January', () => {
    // Thu 24 Dec 2026, 10:00 Shanghai: 25 (1), 28 (2), 29 (3), 30 (4), 31 (5), Fri 1 Jan 2027 元旦 off, Mon 4 (6), Tue 5 (7).
    const clock = startClock(CN_ACCEPTANCE, at('2026-12-24T02:00:00Z'), SHANGHAI);
    expect(clock.dueAt).toBe('2027-01-05T15:59:59.999Z');
    expect(clock.provisional).toBe(true);
  });

  it('is not provisional when it runs wholly within 2026', () => {
    // Tue 1 Dec 2026: 2 (1), 3 (2), 4 (3), 7 (4), 8 (5), 9 (6), Thu 10 Dec (7).
    const clock = startClock(CN_ACCEPTANCE, at('2026-12-01T02:00:00Z'), SHANGHAI);
    expect(clock.dueAt).toBe('2026-12-10T15:59:59.999Z');
    expect(clock).not.toHaveProperty('provisional');
  });

  it("is exact once the organization lists 2027 in its own CN calendar, whose days win", () => {
    const settings = { ...SETTINGS, customCalendars: [{ id: 'CN', holidays: ['2027-01-01', '2027-01-04'], makeUpWorkingDays: [] }] };
    // As above, but Mon 4 Jan is also off: Tue 5 (6), Wed 6 (7).
    const clock = startClock(CN_ACCEPTANCE, at('2026-12-24T02:00:00Z'), clockContext(settings));
    expect(clock.dueAt).toBe('2027-01-06T15:59:59.999Z');
    expect(clock).not.toHaveProperty('provisional');
  });

  it("counts a past year on the package's data and is not provisional (imports of past complaints)", () => {
    // Thu 31 Jan 2019: Fri 1 Feb (1), Sat 2 and Sun 3 worked (2, 3), 4–10 Spring Festival, 11 (4) … 14 (7).
    const clock = startClock(CN_ACCEPTANCE, at('2019-01-31T02:00:00Z'), SHANGHAI);
    expect(clock.dueAt).toBe('2019-02-14T15:59:59.999Z');
    expect(clock).not.toHaveProperty('provisional');
  });

  it('counts the UK summary resolution over the 2015 Christmas bank holidays, exactly', () => {
    // Thu 24 Dec 2015: 25 Christmas, 26–27 weekend, 28 Boxing Day substitute; 29 (1), 30 (2), 31 (3).
    const clock = startClock(profile('UK_FCA_SUMMARY_RESOLUTION'), at('2015-12-24T10:00:00Z'), LONDON);
    expect(clock.dueAt).toBe('2015-12-31T23:59:59.999Z');
    expect(clock).not.toHaveProperty('provisional');
  });

  it('never marks a clock in calendar days provisional: it uses no holidays', () => {
    const clock = startClock(profile('US_CFPB_FINAL_RESPONSE'), at('2026-12-20T02:00:00Z'), SHANGHAI);
    expect(clock.dueAt > '2027-01-01').toBe(true);
    expect(clock).not.toHaveProperty('provisional');
  });

  it('becomes provisional when a pause moves its due time into a year without data', () => {
    const sla: ClockDefinition = { id: 'SLA_RESOLUTION', source: 'SLA', label: { en: 'Resolution', zhCN: '处理完结' }, startsOn: 'RECEIVED', stopsOn: 'RESOLUTION', amount: 5, unit: 'WORKING_DAYS', pausable: true };
    const started = startClock(sla, at('2026-12-14T02:00:00Z'), SHANGHAI);
    expect(started).not.toHaveProperty('provisional');
    const resumed = resumeClock(pauseClock(started, at('2026-12-15T02:00:00Z')), at('2026-12-29T02:00:00Z'), SHANGHAI);
    expect(resumed.dueAt > '2027-01-01').toBe(true);
    expect(resumed.provisional).toBe(true);
  });
});
