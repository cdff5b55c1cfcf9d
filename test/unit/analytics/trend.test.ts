import { complaintTrend } from '../../../functions/core/analytics/trend';
import { complaintOn, complaintsOn, ORG, statsOf } from './fixtures';

const empty = (start: string) => ({ start, received: 0, resolved: 0, clocksMet: 0, clocksBreached: 0, averageRating: null });

async function stats() {
  return statsOf(
    complaintOn('2026-11-30', { resolvedAfterHours: 10, rating: 4, clocks: [['CN', 'MET'], ['SLA', 'BREACHED']] }),
    complaintOn('2026-12-02', { category: 'Billing', rating: 2, clocks: [['UK_FCA', 'MET']] }),
    ...complaintsOn('2026-12-08', 3, { category: 'Billing' }),
    complaintOn('2026-12-02', { organizationId: 'other' }),
  );
}

describe('the complaint trend', () => {
  it('has a point for every day of the period, empty days included', async () => {
    const trend = await complaintTrend(await stats(), ORG, { from: '2026-11-29', to: '2026-12-02' }, 'DAY', 'ALL');
    expect(trend.points).toEqual([
      empty('2026-11-29'),
      { start: '2026-11-30', received: 1, resolved: 1, clocksMet: 1, clocksBreached: 1, averageRating: 4 },
      empty('2026-12-01'),
      { start: '2026-12-02', received: 1, resolved: 0, clocksMet: 1, clocksBreached: 0, averageRating: 2 },
    ]);
  });

  it('sums weeks from Monday and months from their first day', async () => {
    const period = { from: '2026-11-29', to: '2026-12-09' };
    const weeks = await complaintTrend(await stats(), ORG, period, 'WEEK', 'ALL');
    expect(weeks.points.map((p) => [p.start, p.received, p.averageRating])).toEqual([
      ['2026-11-23', 0, null],
      ['2026-11-30', 2, 3],
      ['2026-12-07', 3, null],
    ]);
    const months = await complaintTrend(await stats(), ORG, period, 'MONTH', 'ALL');
    expect(months.points.map((p) => [p.start, p.received, p.clocksMet])).toEqual([
      ['2026-11-01', 1, 1],
      ['2026-12-01', 4, 1],
    ]);
  });

  it('follows one group of a dimension when a key is given', async () => {
    const trend = await complaintTrend(await stats(), ORG, { from: '2026-11-30', to: '2026-12-13' }, 'WEEK', 'CATEGORY', 'Billing');
    expect(trend).toMatchObject({ dimension: 'CATEGORY', key: 'Billing', granularity: 'WEEK' });
    expect(trend.points.map((p) => p.received)).toEqual([1, 3]);
  });

  it('without a key, is the whole organization and says so', async () => {
    const trend = await complaintTrend(await stats(), ORG, { from: '2026-11-30', to: '2026-12-13' }, 'MONTH', 'CATEGORY');
    expect(trend).toMatchObject({ dimension: 'ALL', key: null });
    expect(trend.points.map((p) => p.received)).toEqual([1, 4]);
  });

  it('refuses a bad period', async () => {
    await expect(complaintTrend(await stats(), ORG, { from: '2026-11-30', to: '2029-01-01' }, 'DAY', 'ALL')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'period.to' }],
    });
  });
});
