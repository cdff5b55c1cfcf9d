import { DEFAULT_SLA_POLICY, slaClocksFor, type SlaPolicy } from '../../../functions/core/clocks/sla-policy';
import { startClock } from '../../../functions/core/clocks/running-clock';
import { at, SHANGHAI } from './contexts';

const policy: SlaPolicy = {
  targets: [
    { priority: 'HIGH', firstResponse: { amount: 4, unit: 'HOURS' } },
    { category: 'Billing', priority: 'HIGH', firstResponse: { amount: 1, unit: 'HOURS' }, resolution: { amount: 2, unit: 'WORKING_DAYS' } },
    { category: 'billing', priority: 'NORMAL', firstResponse: { amount: 1, unit: 'WORKING_DAYS' } },
  ],
};

describe('SLA target selection', () => {
  it("prefers the target for the complaint's category, matched regardless of case", () => {
    expect(slaClocksFor(policy, 'BILLING', 'HIGH').map((c) => [c.id, c.amount, c.unit])).toEqual([
      ['SLA_FIRST_RESPONSE', 1, 'HOURS'],
      ['SLA_RESOLUTION', 2, 'WORKING_DAYS'],
    ]);
  });

  it('falls back to the any-category target for other categories', () => {
    expect(slaClocksFor(policy, 'delivery', 'HIGH').map((c) => [c.id, c.amount])).toEqual([['SLA_FIRST_RESPONSE', 4]]);
  });

  it('sets no SLA clocks when no target fits the priority and category', () => {
    expect(slaClocksFor(policy, 'delivery', 'NORMAL')).toEqual([]);
    expect(slaClocksFor(policy, 'billing', 'LOW')).toEqual([]);
  });

  it("runs every SLA clock from receipt on the organization's calendar, pausable", () => {
    for (const def of slaClocksFor(DEFAULT_SLA_POLICY, 'any', 'NORMAL')) {
      expect(def).toMatchObject({ source: 'SLA', startsOn: 'RECEIVED', pausable: true });
      expect(def.calendarId).toBeUndefined();
    }
  });
});

describe('default SLA policy', () => {
  it('gives a normal complaint a first response, an acceptance decision and a resolution in working days', () => {
    expect(slaClocksFor(DEFAULT_SLA_POLICY, 'service', 'NORMAL').map((c) => [c.id, c.stopsOn, c.amount, c.unit])).toEqual([
      ['SLA_FIRST_RESPONSE', 'FIRST_RESPONSE', 1, 'WORKING_DAYS'],
      ['SLA_ACCEPTANCE', 'ACCEPTANCE_DECISION', 3, 'WORKING_DAYS'],
      ['SLA_RESOLUTION', 'RESOLUTION', 15, 'WORKING_DAYS'],
    ]);
  });

  it('wants a first reply to an urgent complaint within 10 business minutes, overnight if need be', () => {
    const [firstResponse, resolution] = slaClocksFor(DEFAULT_SLA_POLICY, 'service', 'URGENT');
    // Fri 27 Nov 17:55 Shanghai: 5 minutes on Friday, 5 on Monday.
    const received = at('2026-11-27T09:55:00Z');
    expect(startClock(firstResponse, received, SHANGHAI).dueAt).toBe('2026-11-30T01:05:00.000Z');
    expect(startClock(resolution, received, SHANGHAI).dueAt).toBe('2026-11-30T02:55:00.000Z');
  });

  it('gives low-priority complaints the longest targets', () => {
    expect(slaClocksFor(DEFAULT_SLA_POLICY, 'service', 'LOW').map((c) => [c.id, c.amount, c.unit])).toEqual([
      ['SLA_FIRST_RESPONSE', 2, 'WORKING_DAYS'],
      ['SLA_RESOLUTION', 30, 'WORKING_DAYS'],
    ]);
  });
});
