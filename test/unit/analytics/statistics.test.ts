import { complaintStatistics } from '../../../functions/core/analytics/statistics';
import { complaintOn, complaintsOn, ORG, statsOf } from './fixtures';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const upTo = (counts: number[]) => [1, 4, 8, 24, 72, 168, 360, 720, 1440, null].map((upToHours, i) => ({ upToHours, count: counts[i] ?? 0 }));

async function november() {
  return statsOf(
    complaintOn('2026-11-02', {
      firstResponseAfterHours: 0.5,
      acceptedAfterHours: 2,
      resolvedAfterHours: 30,
      rating: 4,
      saidResolved: true,
      escalated: true,
      clocks: [['CN', 'MET']],
    }),
    complaintOn('2026-11-02', {
      firstResponseAfterHours: 3,
      acceptedAfterHours: 5,
      resolvedAfterHours: 100,
      rating: 2,
      reopened: true,
      clocks: [['CN', 'BREACHED'], ['SLA', 'MET']],
    }),
    complaintOn('2026-11-20', { rejected: true, firstResponseAfterHours: 1, clocks: [['CN', 'MET']] }),
    complaintOn('2026-11-03', { category: 'Billing', resolvedAfterHours: 2000, rating: 5, saidResolved: true }),
    // Received outside the period, or by another organization: not counted.
    complaintOn('2026-10-31', { resolvedAfterHours: 1 }),
    complaintOn('2026-12-01'),
    complaintOn('2026-11-02', { organizationId: 'other' }),
  );
}

describe('complaint statistics', () => {
  it('counts the complaints received in the period per group, the largest group first', async () => {
    const result = await complaintStatistics(await november(), ORG, NOVEMBER, 'CATEGORY', 50);
    expect(result.period).toEqual(NOVEMBER);
    expect(result.dimension).toBe('CATEGORY');
    expect(result.totalGroups).toBe(2);
    expect(result.groups.map((g) => [g.key, g.received])).toEqual([
      ['Mobile network', 3],
      ['Billing', 1],
    ]);
    expect(result.groups[0]).toMatchObject({ accepted: 2, rejected: 1, resolved: 2, reopened: 1, reopenRate: 0.5, escalated: 1 });
  });

  it('estimates the median and 90th percentile by the upper bound of the bucket that holds them', async () => {
    const [mobile] = (await complaintStatistics(await november(), ORG, NOVEMBER, 'CATEGORY', 50)).groups;
    // Resolved after 30 h and 100 h: the median is the first (≤ 72 h), the 90th percentile the second (≤ 168 h).
    expect(mobile.timeToResolution).toEqual({ count: 2, averageHours: 65, medianHours: 72, p90Hours: 168, buckets: upTo([0, 0, 0, 0, 1, 1]) });
    // First responses after 0.5 h, 1 h and 3 h.
    expect(mobile.timeToFirstResponse).toEqual({ count: 3, averageHours: 1.5, medianHours: 1, p90Hours: 4, buckets: upTo([2, 1]) });
    expect(mobile.timeToAcceptance).toMatchObject({ count: 2, averageHours: 3.5, medianHours: 4, p90Hours: 8 });
  });

  it('has no percentile where it lands in the open last bucket, and none at all without durations', async () => {
    const billing = (await complaintStatistics(await november(), ORG, NOVEMBER, 'CATEGORY', 50)).groups[1];
    expect(billing.timeToResolution).toEqual({ count: 1, averageHours: 2000, medianHours: null, p90Hours: null, buckets: upTo([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) });
    expect(billing.timeToAcceptance).toEqual({ count: 0, averageHours: null, medianHours: null, p90Hours: null, buckets: upTo([]) });
  });

  it('reports compliance only for clock sources that have finished clocks', async () => {
    const { groups } = await complaintStatistics(await november(), ORG, NOVEMBER, 'CATEGORY', 50);
    expect(groups[0].compliance).toEqual([
      { source: 'SLA', met: 1, breached: 0, rate: 1 },
      { source: 'CN', met: 2, breached: 1, rate: 2 / 3 },
    ]);
    expect(groups[1].compliance).toEqual([]);
  });

  it('sums satisfaction: how many rated, the average, each rating, and the share that said resolved', async () => {
    const { groups } = await complaintStatistics(await november(), ORG, NOVEMBER, 'CATEGORY', 50);
    expect(groups[0].satisfaction).toEqual({ ratings: 2, averageRating: 3, distribution: [0, 1, 0, 1, 0], resolvedShare: 0.5 });
    expect(groups[1].reopenRate).toBe(0);
  });

  it('has one group for ALL, keyed by the organization, and a group for complaints without a value', async () => {
    const stats = await november();
    expect((await complaintStatistics(stats, ORG, NOVEMBER, 'ALL', 50)).groups.map((g) => [g.key, g.received])).toEqual([[ORG, 4]]);
    const noProduct = await statsOf({ ...complaintOn('2026-11-02'), product: undefined });
    expect((await complaintStatistics(noProduct, ORG, NOVEMBER, 'PRODUCT', 50)).groups.map((g) => g.key)).toEqual(['(none)']);
  });

  it('cuts to the first groups but says how many there were; groups of equal size go by key', async () => {
    const stats = await statsOf(complaintOn('2026-11-02', { category: 'B' }), complaintOn('2026-11-02', { category: 'A' }), ...complaintsOn('2026-11-02', 2, { category: 'C' }));
    const result = await complaintStatistics(stats, ORG, NOVEMBER, 'CATEGORY', 2);
    expect(result.groups.map((g) => g.key)).toEqual(['C', 'A']);
    expect(result.totalGroups).toBe(3);
  });

  it('answers an empty period with no groups', async () => {
    expect(await complaintStatistics(await november(), ORG, { from: '2025-01-01', to: '2025-01-31' }, 'CATEGORY', 50)).toMatchObject({ groups: [], totalGroups: 0, itemsRead: 0 });
  });

  it('refuses first outside 1 to 200 and a bad period, as BAD_USER_INPUT naming the argument', async () => {
    const stats = await november();
    for (const first of [0, 201, 1.5]) {
      await expect(complaintStatistics(stats, ORG, NOVEMBER, 'CATEGORY', first)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'first' }] });
    }
    await expect(complaintStatistics(stats, ORG, { from: '2026-12-01', to: '2026-11-01' }, 'CATEGORY', 50)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'period.to' }],
    });
  });

  it('reads as many aggregate items for a thousand complaints as for ten, when days and groups stay the same', async () => {
    const days = ['2026-11-02', '2026-11-03', '2026-11-04'];
    const spread = (perGroupAndDay: number) => days.flatMap((day) => ['Billing', 'Mobile network'].flatMap((category) => complaintsOn(day, perGroupAndDay, { category })));
    const few = await complaintStatistics(await statsOf(...spread(2)), ORG, NOVEMBER, 'CATEGORY', 50);
    const many = await complaintStatistics(await statsOf(...spread(170)), ORG, NOVEMBER, 'CATEGORY', 50);
    expect(many.groups.map((g) => g.received)).toEqual([510, 510]);
    expect(few.itemsRead).toBe(days.length * 2);
    expect(many.itemsRead).toBe(few.itemsRead);
  });
});
