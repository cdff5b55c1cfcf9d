import type { ComplaintStatus } from '../../../functions/core/complaint';
import { DomainError } from '../../../functions/core/errors';
import { canTake, requireStep, TRANSITIONS, type LifecycleStep } from '../../../functions/core/lifecycle/transitions';

const ALL: ComplaintStatus[] = ['RECEIVED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'INVESTIGATING', 'AWAITING_COMPLAINANT', 'RESOLVED', 'FEEDBACK_PENDING', 'CLOSED', 'REOPENED', 'WITHDRAWN'];

describe('the status model', () => {
  it.each([
    ['ACCEPT', 'RECEIVED', 'ACCEPTED'],
    ['REJECT', 'RECEIVED', 'REJECTED'],
    ['START_INVESTIGATION', 'ASSIGNED', 'INVESTIGATING'],
    ['START_INVESTIGATION', 'REOPENED', 'INVESTIGATING'],
    ['REQUEST_INFORMATION', 'INVESTIGATING', 'AWAITING_COMPLAINANT'],
    ['PROVIDE_INFORMATION', 'AWAITING_COMPLAINANT', 'INVESTIGATING'],
    ['RESOLVE', 'INVESTIGATING', 'RESOLVED'],
    ['REQUEST_FEEDBACK', 'RESOLVED', 'FEEDBACK_PENDING'],
    ['CLOSE_WITHOUT_FEEDBACK', 'FEEDBACK_PENDING', 'CLOSED'],
    ['WITHDRAW', 'INVESTIGATING', 'WITHDRAWN'],
  ] as Array<[LifecycleStep, ComplaintStatus, ComplaintStatus]>)('lets %s move a %s complaint to %s', (step, from, to) => {
    expect(canTake(step, from)).toBe(true);
    expect(TRANSITIONS[step].to).toBe(to);
  });

  it('allows nothing at all on a closed, rejected or withdrawn complaint', () => {
    for (const status of ['CLOSED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect((Object.keys(TRANSITIONS) as LifecycleStep[]).filter((step) => canTake(step, status))).toEqual([]);
    }
  });

  it('lets the complainant withdraw only before the final response', () => {
    expect(ALL.filter((s) => canTake('WITHDRAW', s))).toEqual(['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'INVESTIGATING', 'AWAITING_COMPLAINANT', 'REOPENED']);
  });

  it('decides acceptance only once, on a received complaint', () => {
    expect(ALL.filter((s) => canTake('ACCEPT', s))).toEqual(['RECEIVED']);
    expect(ALL.filter((s) => canTake('REJECT', s))).toEqual(['RECEIVED']);
  });

  it('refuses any other move with INVALID_TRANSITION, naming where the step may start', () => {
    expect(() => requireStep('RESOLVE', 'RECEIVED')).toThrow(DomainError);
    expect(() => requireStep('RESOLVE', 'RECEIVED')).toThrow('A complaint that is RECEIVED cannot be resolved; it must be INVESTIGATING.');
    try {
      requireStep('ACCEPT', 'CLOSED');
    } catch (error) {
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
    }
  });
});
