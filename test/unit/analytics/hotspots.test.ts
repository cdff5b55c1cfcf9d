import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hotspots } from '../../../functions/core/analytics/hotspots';
import type { StatsCell } from '../../../functions/core/analytics/facts';
import type { StatsStore } from '../../../functions/core/analytics/ports';
import { binomialAtLeast } from '../../../functions/core/analytics/significance';
import { complaintsOn, ORG, statsOf } from './fixtures';
import { seededRandom } from '../../harness/seeded-random';

const DECEMBER_FIRST_WEEK = { from: '2026-12-01', to: '2026-12-07' };
const WEEK_BEFORE = { from: '2026-11-24', to: '2026-11-30' };

/** A store holding, per group, its complaints this week and the week before (on one day of each). */
function volumes(groups: Record<string, { current: number; previous: number }>): StatsStore & { reads: Array<[string, string]> } {
  const cells: StatsCell[] = Object.entries(groups).flatMap(([key, { current, previous }]) => [
    ...(previous ? [{ dimension: 'RESPONDENT' as const, day: WEEK_BEFORE.from, key, counters: { received: previous } }] : []),
    ...(current ? [{ dimension: 'RESPONDENT' as const, day: DECEMBER_FIRST_WEEK.to, key, counters: { received: current } }] : []),
  ]);
  const reads: Array<[string, string]> = [];
  return {
    reads,
    apply: () => Promise.resolve(false),
    cells: (_org, _dimension, from, to) => {
      reads.push([from, to]);
      const read = cells.filter((c) => c.day >= from && c.day <= to);
      return Promise.resolve({ cells: read, itemsRead: read.length });
    },
  };
}

/** A Poisson draw with mean `mean` (Knuth: fine for the means here). */
function poisson(rnd: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rnd(); p > limit; p *= rnd()) k += 1;
  return k;
}

const report = (groups: Record<string, { current: number; previous: number }>, first = 50) => hotspots(volumes(groups), ORG, DECEMBER_FIRST_WEEK, 'RESPONDENT', first);

describe('hotspots', () => {
  it('compares the period with the one of the same length just before it, reading both at once', async () => {
    const store = volumes({ Billing: { current: 14, previous: 2 } });
    const result = await hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'RESPONDENT', 10);
    expect([result.period, result.previousPeriod]).toEqual([DECEMBER_FIRST_WEEK, WEEK_BEFORE]);
    expect(store.reads).toEqual([[WEEK_BEFORE.from, DECEMBER_FIRST_WEEK.to]]);
  });

  it('flags nothing when the overall volume jumps and every group keeps its share', async () => {
    // Twenty groups, each ten times as many complaints as the week before, give or take a few.
    const groups = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`Bank ${i}`, { previous: 10 + 10 * i, current: 10 * (10 + 10 * i) + ((i % 3) - 1) * 3 }]));
    const result = await report(groups);
    // Every group rose by hundreds of complaints: counted raw, each of those rises is far beyond chance.
    expect(Object.values(groups).every(({ current, previous }) => binomialAtLeast(current, current + previous) < 1e-6)).toBe(true);
    expect(result.groupsTested).toBe(20);
    expect(result.hotspots.filter((h) => h.significant)).toEqual([]);
    for (const h of result.hotspots) expect(h.rateRatio).toBeCloseTo(1, 1);
  });

  it('does not call 5 against 0 significant when the totals are tiny: too few to test', async () => {
    const result = await report({ Refunds: { current: 5, previous: 0 }, Billing: { current: 5, previous: 10 } });
    const refunds = result.hotspots.find((h) => h.key === 'Refunds')!;
    // Half the complaints of both weeks are this week's: 2.5 expected, below the 5 a test needs.
    expect(refunds).toMatchObject({ current: 5, previous: 0, expected: 2.5, tested: false, qValue: null, significant: false, rateRatio: null, rateRatioHigh: null });
    expect(refunds.pValue).toBeCloseTo(1 / 32, 12);
    expect(result).toMatchObject({ currentTotal: 10, previousTotal: 10, minExpected: 5 });
  });

  it('finds a real spike in one group among 150 stable ones, with few false discoveries', async () => {
    let falseDiscoveries = 0;
    let uncorrected = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      const rnd = seededRandom(seed);
      const groups: Record<string, { current: number; previous: number }> = {};
      for (let i = 0; i < 150; i += 1) {
        const mean = 5 + 60 * rnd();
        groups[`Respondent ${i}`] = { previous: poisson(rnd, mean), current: poisson(rnd, mean) };
      }
      // Its share triples: 20 complaints the week before, 60 this week.
      groups.Spiking = { previous: 20, current: 60 };
      const result = await report(groups);
      const flagged = result.hotspots.filter((h) => h.significant).map((h) => h.key);
      expect(flagged).toContain('Spiking');
      expect(result.hotspots[0].key).toBe('Spiking');
      falseDiscoveries += flagged.length - 1;
      uncorrected += result.hotspots.filter((h) => h.key !== 'Spiking' && h.pValue < 0.05).length;
    }
    // Each p below 0.05 taken alone would have called a few stable groups every week.
    expect(uncorrected).toBeGreaterThan(40);
    expect(falseDiscoveries).toBeLessThanOrEqual(3);
  });

  it('on the CFPB sample\'s busiest 17 days after a period with one complaint, flags no company', async () => {
    const rows = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cfpb', 'busiest-days-by-company.csv'), 'utf8').trim().split('\n').slice(1);
    const groups: Record<string, { current: number; previous: number }> = {};
    for (const row of rows) {
      const [, company, complaints] = /^"?(.*?)"?,(\d+)$/.exec(row)!;
      groups[company.replace(/""/g, '"')] = { current: Number(complaints), previous: 0 };
    }
    groups['EQUIFAX, INC.'].previous = 1;
    const result = await report(groups);
    expect(result).toMatchObject({ currentTotal: 1804, previousTotal: 1 });
    // Counted raw, each company with five or more complaints "rose significantly": 49 of them.
    expect(Object.values(groups).filter(({ current, previous }) => binomialAtLeast(current, current + previous) < 0.05)).toHaveLength(49);
    expect(result.hotspots.filter((h) => h.significant)).toEqual([]);
  });

  it('gives the effect size with its confidence interval next to the p-value and the adjusted q-value', async () => {
    // 100 complaints in each week: billing's 10 became 30.
    const groups: Record<string, { current: number; previous: number }> = { Billing: { current: 30, previous: 10 } };
    for (let i = 0; i < 9; i += 1) groups[`Other ${i}`] = { current: i < 7 ? 10 : 0, previous: 10 };
    const [billing] = (await report(groups)).hotspots;
    expect(billing).toMatchObject({ key: 'Billing', tested: true, significant: true });
    for (const [field, value] of [['share', 0.3], ['previousShare', 0.1], ['expected', 20], ['excess', 10], ['rateRatio', 3]] as const) expect(billing[field]).toBeCloseTo(value, 12);
    expect(billing.rateRatioLow!).toBeGreaterThan(1);
    expect(billing.rateRatioLow!).toBeLessThan(3);
    expect(billing.rateRatioHigh!).toBeGreaterThan(3);
    expect(billing.qValue!).toBeGreaterThanOrEqual(billing.pValue);
    // 30 of the 40: P(X >= 30 | n = 40, p = 1/2).
    expect(billing.pValue).toBeCloseTo(binomialAtLeast(30, 40), 12);
  });

  it('counts complaints from the stream handler\'s cells, the largest excess first among the not significant', async () => {
    const store = await statsOf(
      ...complaintsOn('2026-11-25', 2, { category: 'Billing' }),
      ...complaintsOn('2026-11-30', 10, { category: 'Mobile network' }),
      ...complaintsOn('2026-12-01', 7, { category: 'Billing' }),
      ...complaintsOn('2026-12-03', 6, { category: 'Mobile network' }),
      ...complaintsOn('2026-12-04', 1, { category: 'Refunds' }),
      // Before both periods: not counted.
      ...complaintsOn('2026-11-23', 50, { category: 'Mobile network' }),
    );
    const result = await hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'CATEGORY', 10);
    expect(result.hotspots.map(({ key, current, previous, rise }) => ({ key, current, previous, rise }))).toEqual([
      { key: 'Billing', current: 7, previous: 2, rise: 5 },
      { key: 'Refunds', current: 1, previous: 0, rise: 1 },
    ]);
    expect(result).toMatchObject({ currentTotal: 14, previousTotal: 12 });
  });

  it('refuses a false discovery rate outside (0, 0.5] and keeps the first ones asked for, 1 to 50', async () => {
    const store = volumes({ Billing: { current: 14, previous: 2 }, Refunds: { current: 3, previous: 1 } });
    expect((await hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'RESPONDENT', 1)).hotspots).toHaveLength(1);
    for (const first of [0, 51]) {
      await expect(hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'RESPONDENT', first)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'first' }] });
    }
    for (const q of [0, 0.6, Number.NaN]) {
      await expect(hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'RESPONDENT', 10, q)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'falseDiscoveryRate' }] });
    }
    expect((await hotspots(store, ORG, DECEMBER_FIRST_WEEK, 'RESPONDENT', 10, 0.1)).falseDiscoveryRate).toBe(0.1);
  });
});
