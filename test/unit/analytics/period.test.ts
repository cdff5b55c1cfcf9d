import { bucketStarts, daysOf, monthStart, previousPeriod, validatePeriod, weekStart } from '../../../functions/core/analytics/period';
import { DomainError } from '../../../functions/core/errors';

const issuesOf = (period: { from: string; to: string }) => {
  try {
    validatePeriod(period);
  } catch (error) {
    return { code: (error as DomainError).code, issues: (error as DomainError).issues.map((i) => i.field) };
  }
  return null;
};

describe('a period', () => {
  it('is accepted from one day up to 731 days, both ends included', () => {
    expect(validatePeriod({ from: '2026-11-30', to: '2026-11-30' })).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(validatePeriod({ from: '2025-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2026-12-31' });
    expect(daysOf(validatePeriod({ from: '2024-01-01', to: '2025-12-31' }))).toHaveLength(731);
  });

  it('refuses days that do not exist, naming the end that is wrong', () => {
    expect(issuesOf({ from: '2026-02-30', to: '2026-03-01' })).toEqual({ code: 'BAD_USER_INPUT', issues: ['period.from'] });
    expect(issuesOf({ from: '2026-02-01', to: '2026-13-01' })).toEqual({ code: 'BAD_USER_INPUT', issues: ['period.to'] });
    expect(issuesOf({ from: 'yesterday', to: '2026/03/01' })).toEqual({ code: 'BAD_USER_INPUT', issues: ['period.from', 'period.to'] });
  });

  it('refuses years before 1900, whose day arithmetic JavaScript dates get wrong', () => {
    expect(issuesOf({ from: '0001-01-01', to: '0001-01-10' })).toEqual({ code: 'BAD_USER_INPUT', issues: ['period.from', 'period.to'] });
  });

  it('refuses an end before its start, and more than 731 days', () => {
    expect(issuesOf({ from: '2026-03-02', to: '2026-03-01' })).toEqual({ code: 'BAD_USER_INPUT', issues: ['period.to'] });
    expect(issuesOf({ from: '2024-01-01', to: '2026-01-01' })).toEqual({ code: 'BAD_USER_INPUT', issues: ['period.to'] });
  });

  it('lists its days across month and leap-year ends', () => {
    expect(daysOf({ from: '2024-02-27', to: '2024-03-01' })).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('has a previous period of the same length that ends the day before it starts', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-11-30', to: '2026-11-30' })).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
});

describe('weeks and months', () => {
  it('a week starts on Monday', () => {
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the year's end
  });

  it('a month starts on its first day', () => {
    expect(monthStart('2026-02-28')).toBe('2026-02-01');
  });

  it('the period touches every day, week or month once, the first one even if it starts before the period', () => {
    const period = { from: '2026-11-25', to: '2026-12-08' };
    expect(bucketStarts(period, 'DAY')).toHaveLength(14);
    expect(bucketStarts(period, 'WEEK')).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(bucketStarts(period, 'MONTH')).toEqual(['2026-11-01', '2026-12-01']);
  });
});
