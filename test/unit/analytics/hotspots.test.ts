import { hotspots } from '../../../functions/core/analytics/hotspots';
import type { StatsStore } from '../../../functions/core/analytics/ports';
import { complaintsOn, ORG, statsOf } from './fixtures';

const DECEMBER_FIRST_WEEK = { from: '2026-12-01', to: '2026-12-07' };

async function stats() {
  return statsOf(
    // The week before: 2 about billing, 10 about the network, 1 about delivery.
    ...complaintsOn('2026-11-25', 2, { category: 'Billing' }),
    ...complaintsOn('2026-11-30', 10, { category: 'Mobile network' }),
    ...complaintsOn('2026-11-24', 1, { category: 'Delivery' }),
    // This week: billing jumps to 14, the network falls to 6, delivery rises by one, refunds appear.
    ...complaintsOn('2026-12-01', 7, { category: 'Billing' }),
    ...complaintsOn('2026-12-07', 7, { category: 'Billing' }),
    ...complaintsOn('2026-12-03', 6, { category: 'Mobile network' }),
    ...complaintsOn('2026-12-03', 2, { category: 'Delivery' }),
    ...complaintsOn('2026-12-04', 1, { category: 'Refunds' }),
    // Before both periods: not counted.
    ...complaintsOn('2026-11-23', 50, { category: 'Mobile network' }),
  );
}

describe('hotspots', () => {
  it('compares the period with the one of the same length just before it', async () => {
    const report = await hotspots(await stats(), ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', 10);
    expect(report.period).toEqual(DECEMBER_FIRST_WEEK);
    expect(report.previousPeriod).toEqual({ from: '2026-11-24', to: '2026-11-30' });
  });

  it('lists only the groups that rose, the largest rise first, with its relative size', async () => {
    const report = await hotspots(await stats(), ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', 10);
    expect(report.hotspots.map(({ key, current, previous, rise, relativeRise }) => ({ key, current, previous, rise, relativeRise }))).toEqual([
      { key: 'Billing', current: 14, previous: 2, rise: 12, relativeRise: 6 },
      { key: 'Delivery', current: 2, previous: 1, rise: 1, relativeRise: 1 },
      { key: 'Refunds', current: 1, previous: 0, rise: 1, relativeRise: null },
    ]);
  });

  it('calls a rise significant only when chance would rarely give it', async () => {
    const [billing, delivery, refunds] = (await hotspots(await stats(), ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', 10)).hotspots;
    // 14 of 16 in this week: P(X >= 14 | n = 16, 1/2) = 137 / 65536.
    expect(billing.pValue).toBeCloseTo(137 / 65536, 12);
    expect(billing.significant).toBe(true);
    // 2 of 3, and 1 of 1: each as likely as not.
    expect(delivery.pValue).toBeCloseTo(0.5, 12);
    expect(refunds.pValue).toBeCloseTo(0.5, 12);
    expect([delivery.significant, refunds.significant]).toEqual([false, false]);
  });

  it('reads the cells of both periods at once', async () => {
    const store = await stats();
    const reads: Array<[string, string]> = [];
    const counting: StatsStore = { apply: store.apply.bind(store), cells: (org, dimension, from, to) => (reads.push([from, to]), store.cells(org, dimension, from, to)) };
    const report = await hotspots(counting, ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', 10);
    expect(reads).toEqual([['2026-11-24', '2026-12-07']]);
    expect(report.itemsRead).toBeGreaterThan(0);
  });

  it('keeps the first ones asked for, 1 to 50', async () => {
    const store = await stats();
    expect((await hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', 1)).hotspots.map((h) => h.key)).toEqual(['Billing']);
    for (const first of [0, 51]) {
      await expect(hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', first)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'first' }] });
    }
  });
});
