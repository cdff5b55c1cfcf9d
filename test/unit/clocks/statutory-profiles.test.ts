import { STATUTORY_PROFILES, type ClockDefinition } from '../../../functions/core/clocks/clock-definitions';
import { startClock } from '../../../functions/core/clocks/running-clock';
import { WEEKDAYS } from '../../../functions/core/clocks/calendars';
import { at, LONDON, NEW_YORK, SHANGHAI } from './contexts';

const clock = (profile: ClockDefinition[], id: string) => profile.find((d) => d.id === id)!;

describe('China', () => {
  it('does not count the Spring Festival holiday towards the 7 working days for the acceptance decision', () => {
    // Received Fri 13 Feb 10:00 Shanghai → end of Mon 2 Mar.
    const acceptance = startClock(clock(STATUTORY_PROFILES.CN, 'CN_ACCEPTANCE'), at('2026-02-13T02:00:00Z'), SHANGHAI);
    expect(acceptance).toMatchObject({ stopsOn: 'ACCEPTANCE_DECISION', dueAt: '2026-03-02T15:59:59.999Z' });
  });

  it('ends mediation 45 working days after acceptance, across Mid-Autumn, National Day and their make-up days', () => {
    // Accepted Tue 1 Sep 10:00 Shanghai; Sun 20 Sep and Sat 10 Oct are worked → end of Mon 9 Nov.
    const mediation = clock(STATUTORY_PROFILES.CN, 'CN_MEDIATION');
    expect(mediation.startsOn).toBe('ACCEPTED');
    expect(startClock(mediation, at('2026-09-01T02:00:00Z'), SHANGHAI).dueAt).toBe('2026-11-09T15:59:59.999Z');
  });

  it('counts on the Chinese calendar even for an organization on plain weekdays', () => {
    const acceptance = startClock(clock(STATUTORY_PROFILES.CN, 'CN_ACCEPTANCE'), at('2026-02-13T02:00:00Z'), { ...SHANGHAI, calendar: WEEKDAYS });
    expect(acceptance.dueAt).toBe('2026-03-02T15:59:59.999Z');
  });
});

describe('UK FCA', () => {
  const received = at('2026-04-02T09:00:00Z'); // Thu 2 Apr, 10:00 in London

  it('skips Good Friday and Easter Monday: summary resolution is due by the end of the third business day after receipt', () => {
    // Fri 3 and Mon 6 are bank holidays: Tue 7 (1), Wed 8 (2), Thu 9 (3).
    const summary = startClock(clock(STATUTORY_PROFILES.UK_FCA, 'UK_FCA_SUMMARY_RESOLUTION'), received, { ...LONDON, calendar: WEEKDAYS });
    expect(summary.dueAt).toBe('2026-04-09T22:59:59.999Z');
  });

  it('is due a final response 8 weeks after receipt, at the same time', () => {
    expect(startClock(clock(STATUTORY_PROFILES.UK_FCA, 'UK_FCA_FINAL_RESPONSE'), received, LONDON).dueAt).toBe('2026-05-28T09:00:00.000Z');
  });
});

describe('US CFPB', () => {
  const received = at('2026-06-01T14:00:00Z'); // Mon 1 Jun, 10:00 in New York

  it('is due a company response 15 calendar days after receipt, weekends included', () => {
    const response = startClock(clock(STATUTORY_PROFILES.US_CFPB, 'US_CFPB_COMPANY_RESPONSE'), received, NEW_YORK);
    expect(response).toMatchObject({ stopsOn: 'FIRST_RESPONSE', dueAt: '2026-06-16T14:00:00.000Z' });
  });

  it('is due a final response 60 calendar days after receipt', () => {
    expect(startClock(clock(STATUTORY_PROFILES.US_CFPB, 'US_CFPB_FINAL_RESPONSE'), received, NEW_YORK).dueAt).toBe('2026-07-31T14:00:00.000Z');
  });
});

it('never pauses a statutory clock', () => {
  const all = Object.values(STATUTORY_PROFILES).flat();
  expect(all.filter((d) => d.pausable)).toEqual([]);
  expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
});
