import { customCalendar } from '../../../functions/core/clocks/calendars';
import type { ClockDefinition } from '../../../functions/core/clocks/clock-definitions';
import { STATUTORY_PROFILES } from '../../../functions/core/clocks/clock-definitions';
import {
  clockStateAt,
  nextWakeAt,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
  transitionsDue,
  type RunningClock,
} from '../../../functions/core/clocks/running-clock';
import { at, LONDON, SHANGHAI } from './contexts';

const sla = (amount: number, unit: ClockDefinition['unit']): ClockDefinition => ({
  id: 'SLA_RESOLUTION',
  source: 'SLA',
  label: { en: 'Resolution', zhCN: '处理完结' },
  startsOn: 'RECEIVED',
  stopsOn: 'RESOLUTION',
  amount,
  unit,
  pausable: true,
});

// Started at noon UTC with 100 minutes: at risk at 13:15, due at 13:40.
const hundredMinutes = () => startClock(sla(100, 'MINUTES'), at('2026-11-02T12:00:00Z'), SHANGHAI);

describe('state over time', () => {
  it('goes at risk once 75% of the time to the due instant has gone', () => {
    const clock = hundredMinutes();
    expect(clock).toMatchObject({ state: 'ON_TRACK', atRiskAt: '2026-11-02T13:15:00.000Z', dueAt: '2026-11-02T13:40:00.000Z' });
    expect(clockStateAt(clock, at('2026-11-02T13:14:59.999Z'))).toBe('ON_TRACK');
    expect(clockStateAt(clock, at('2026-11-02T13:15:00Z'))).toBe('AT_RISK');
  });

  it('is still on time at the due instant and breached from the next millisecond', () => {
    const clock = hundredMinutes();
    expect(clockStateAt(clock, at('2026-11-02T13:40:00Z'))).toBe('AT_RISK');
    expect(clockStateAt(clock, at('2026-11-02T13:40:00.001Z'))).toBe('BREACHED');
  });

  it('survives a round trip through JSON, as stored with the complaint', () => {
    const clock = startClock(STATUTORY_PROFILES.CN[0], at('2026-11-02T02:00:00Z'), SHANGHAI);
    expect(JSON.parse(JSON.stringify(clock))).toEqual(clock);
  });
});

describe('stopping', () => {
  it('is met when stopped by the due instant', () => {
    expect(stopClock(hundredMinutes(), at('2026-11-02T13:40:00Z'))).toMatchObject({ state: 'MET', stoppedAt: '2026-11-02T13:40:00.000Z' });
  });

  it('stays breached when stopped late, and keeps showing so', () => {
    const stopped = stopClock(hundredMinutes(), at('2026-11-02T14:00:00Z'));
    expect(stopped).toMatchObject({ state: 'BREACHED', stoppedAt: '2026-11-02T14:00:00.000Z' });
    expect(clockStateAt(stopped, at('2026-12-01T00:00:00Z'))).toBe('BREACHED');
  });

  it('ignores a second stop', () => {
    const stopped = stopClock(hundredMinutes(), at('2026-11-02T13:00:00Z'));
    expect(stopClock(stopped, at('2026-11-02T15:00:00Z'))).toBe(stopped);
  });

  it('is met when stopped while paused, however late, because the pause does not count', () => {
    const paused = pauseClock(hundredMinutes(), at('2026-11-02T13:00:00Z'));
    const stopped = stopClock(paused, at('2026-11-03T13:00:00Z'));
    expect(stopped.state).toBe('MET');
    expect(stopped.pausedAt).toBeUndefined();
  });
});

describe('pausing while awaiting the complainant', () => {
  it('does not breach a paused SLA clock while it is paused', () => {
    const paused = pauseClock(hundredMinutes(), at('2026-11-02T13:00:00Z'));
    expect(paused).toMatchObject({ state: 'PAUSED', pausedAt: '2026-11-02T13:00:00.000Z' });
    expect(clockStateAt(paused, at('2026-11-09T00:00:00Z'))).toBe('PAUSED');
    expect(transitionsDue(paused, at('2026-11-09T00:00:00Z'))).toEqual([]);
  });

  it('makes a resumed clock due later by the length of the pause', () => {
    const paused = pauseClock(hundredMinutes(), at('2026-11-02T13:00:00Z'));
    const resumed = resumeClock(paused, at('2026-11-02T13:30:00Z'), SHANGHAI);
    expect(resumed).toMatchObject({ state: 'ON_TRACK', atRiskAt: '2026-11-02T13:45:00.000Z', dueAt: '2026-11-02T14:10:00.000Z' });
    expect(resumed.pausedAt).toBeUndefined();
  });

  it('moves a working-day deadline by the working days paused', () => {
    // 3 working days from Mon 2 Nov 10:00 Shanghai: end of Thu 5 Nov.
    const clock = startClock(sla(3, 'WORKING_DAYS'), at('2026-11-02T02:00:00Z'), SHANGHAI);
    expect(clock.dueAt).toBe('2026-11-05T15:59:59.999Z');
    // Paused Tue 3 Nov 10:00 to Thu 5 Nov 09:00: Wednesday and Thursday, 2 working days → end of Mon 9 Nov.
    const resumed = resumeClock(pauseClock(clock, at('2026-11-03T02:00:00Z')), at('2026-11-05T01:00:00Z'), SHANGHAI);
    expect(resumed.dueAt).toBe('2026-11-09T15:59:59.999Z');
    // The at-risk instant keeps its lead over the due instant.
    expect(Date.parse(resumed.dueAt) - Date.parse(resumed.atRiskAt)).toBe(Date.parse(clock.dueAt) - Date.parse(clock.atRiskAt));
  });

  it('moves a business-hours deadline by the business hours paused, not the night in between', () => {
    // 8 business hours from Mon 2 Nov 11:00 London: Tue 10:00. Paused Mon 17:00 to Tue 09:30: 1.5 business hours.
    const clock = startClock(sla(8, 'BUSINESS_HOURS'), at('2026-11-02T11:00:00Z'), LONDON);
    expect(clock.dueAt).toBe('2026-11-03T10:00:00.000Z');
    const resumed = resumeClock(pauseClock(clock, at('2026-11-02T17:00:00Z')), at('2026-11-03T09:30:00Z'), LONDON);
    expect(resumed.dueAt).toBe('2026-11-03T11:30:00.000Z');
  });

  it('goes back to at risk on resuming a clock paused when already at risk', () => {
    const paused = pauseClock(hundredMinutes(), at('2026-11-02T13:20:00Z'));
    expect(resumeClock(paused, at('2026-11-02T15:00:00Z'), SHANGHAI).state).toBe('AT_RISK');
  });

  it('does not pause a statutory clock', () => {
    const acceptance = startClock(STATUTORY_PROFILES.CN[0], at('2026-11-02T02:00:00Z'), SHANGHAI);
    expect(pauseClock(acceptance, at('2026-11-03T02:00:00Z'))).toBe(acceptance);
    expect(clockStateAt(acceptance, at('2026-11-12T00:00:00Z'))).toBe('BREACHED');
  });

  it('does not pause a clock already breached, so a pause cannot hide the breach', () => {
    const clock = hundredMinutes();
    expect(pauseClock(clock, at('2026-11-02T14:00:00Z'))).toBe(clock);
  });

  it('leaves a clock that is not paused alone on resume', () => {
    const clock = hundredMinutes();
    expect(resumeClock(clock, at('2026-11-02T13:00:00Z'), SHANGHAI)).toBe(clock);
  });
});

describe('transitions to record', () => {
  const record = (clock: RunningClock, now: Date): RunningClock => {
    const due = transitionsDue(clock, now);
    return due.length ? { ...clock, state: due[due.length - 1].to } : clock;
  };

  it('reports going at risk once', () => {
    const now = at('2026-11-02T13:20:00Z');
    const clock = hundredMinutes();
    expect(transitionsDue(clock, now)).toEqual([{ clockId: 'SLA_RESOLUTION', from: 'ON_TRACK', to: 'AT_RISK', at: '2026-11-02T13:15:00.000Z' }]);
    expect(transitionsDue(record(clock, now), now)).toEqual([]);
  });

  it('reports both steps, in order, when the workflow wakes only after the breach', () => {
    expect(transitionsDue(hundredMinutes(), at('2026-11-02T15:00:00Z')).map((t) => [t.from, t.to, t.at])).toEqual([
      ['ON_TRACK', 'AT_RISK', '2026-11-02T13:15:00.000Z'],
      ['AT_RISK', 'BREACHED', '2026-11-02T13:40:00.001Z'],
    ]);
  });

  it('reports nothing for a stopped clock', () => {
    expect(transitionsDue(stopClock(hundredMinutes(), at('2026-11-02T13:00:00Z')), at('2026-11-02T15:00:00Z'))).toEqual([]);
  });
});

describe('next wake-up', () => {
  const second = () => ({ ...hundredMinutes(), id: 'SLA_FIRST_RESPONSE', atRiskAt: '2026-11-02T13:05:00.000Z', dueAt: '2026-11-02T13:10:00.000Z' });

  it('is the earliest state change of any running clock', () => {
    expect(nextWakeAt([hundredMinutes(), second()], at('2026-11-02T12:00:00Z'))?.toISOString()).toBe('2026-11-02T13:05:00.000Z');
  });

  it('is the millisecond after the due instant once a clock is at risk', () => {
    expect(nextWakeAt([hundredMinutes(), second()], at('2026-11-02T13:06:00Z'))?.toISOString()).toBe('2026-11-02T13:10:00.001Z');
  });

  it('skips breached, paused and stopped clocks, and is undefined when none is left', () => {
    const now = at('2026-11-02T13:20:00Z');
    const paused = pauseClock(hundredMinutes(), at('2026-11-02T13:00:00Z'));
    const stopped = stopClock(hundredMinutes(), at('2026-11-02T13:00:00Z'));
    expect(nextWakeAt([second(), paused, stopped], now)).toBeUndefined();
    expect(nextWakeAt([second(), hundredMinutes()], now)?.toISOString()).toBe('2026-11-02T13:40:00.001Z');
  });
});

describe("a clock's calendar", () => {
  const bank = customCalendar({ id: 'BANK', weekend: [0, 6], holidays: ['2026-11-03'], makeUpWorkingDays: [], years: [2026] });
  const onCalendar = (calendarId: string): ClockDefinition => ({ ...sla(1, 'WORKING_DAYS'), calendarId });

  it('counts on a custom calendar the organization supplies', () => {
    // Mon 2 Nov + 1 working day, Tue 3 Nov a holiday → end of Wed 4 Nov.
    expect(startClock(onCalendar('BANK'), at('2026-11-02T02:00:00Z'), { ...SHANGHAI, calendars: [bank] }).dueAt).toBe('2026-11-04T15:59:59.999Z');
  });

  it("counts on the organization's calendar when the clock names none", () => {
    expect(startClock(sla(1, 'WORKING_DAYS'), at('2026-11-02T02:00:00Z'), { ...SHANGHAI, calendar: bank }).dueAt).toBe('2026-11-04T15:59:59.999Z');
  });

  it('lets a custom calendar stand in for a shipped one of the same id', () => {
    const cn2027 = customCalendar({ id: 'CN', weekend: [0, 6], holidays: ['2027-01-01'], makeUpWorkingDays: [], years: [2027] });
    // Thu 31 Dec 2026 + 1 working day: 1 Jan 2027 off → end of Mon 4 Jan.
    const clock = startClock({ ...STATUTORY_PROFILES.CN[0], amount: 1 }, at('2026-12-31T02:00:00Z'), { ...SHANGHAI, calendars: [cn2027] });
    expect(clock).toMatchObject({ calendarId: 'CN', dueAt: '2027-01-04T15:59:59.999Z' });
  });

  it('refuses a calendar nobody knows', () => {
    expect(() => startClock(onCalendar('ATLANTIS'), at('2026-11-02T02:00:00Z'), SHANGHAI)).toThrow(/ATLANTIS/);
  });
});
