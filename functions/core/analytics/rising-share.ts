import { invalidInput } from '../errors';
import { binomialAtLeast, binomialAtMost } from './significance';

/**
 * Did a group's (or a word's) share of the complaints rise from one period to the next,
 * more than chance and the overall change explain?
 *
 * Given the group's n = current + previous complaints over both periods, under "its share
 * did not change" each of them falls in the current period with the probability the
 * period has overall, p0 = T_current / (T_current + T_previous); so the p-value is
 * P(X >= current), X ~ Binomial(n, p0), one-sided (the exact conditional test of two
 * Poisson rates). An overall jump moves p0 and leaves a group whose share held unflagged.
 * Groups whose expected count n·p0 is below MIN_EXPECTED are not tested: too few to tell.
 * The groups tested in one run are many (a hundred respondents), so significance is
 * decided by Benjamini–Hochberg at the false discovery rate q: of the groups called
 * significant, about q or fewer are expected to be chance.
 */

export const DEFAULT_FALSE_DISCOVERY_RATE = 0.05;
/** Below five expected complaints a binomial tail is too coarse to mean much (the same rule as for a chi-squared cell). */
export const MIN_EXPECTED = 5;
export const MAX_FALSE_DISCOVERY_RATE = 0.5;
const INTERVAL_LEVEL = 0.95;

export interface PeriodCounts {
  current: number;
  previous: number;
}

export interface ShareTest {
  /** The group's share of the period's complaints, and of the period before's (null when that had none). */
  share: number;
  previousShare: number | null;
  /** The complaints it would have had this period had its share not changed. */
  expected: number;
  excess: number;
  /** The effect: its share now over its share before; null when it had none before. */
  rateRatio: number | null;
  tested: boolean;
  pValue: number;
  /** Benjamini–Hochberg adjusted; null when not tested. */
  qValue: number | null;
  significant: boolean;
}

/** The false discovery rate asked for, checked: above 0 and at most 0.5. */
export function validateFalseDiscoveryRate(q: number | null | undefined): number {
  const rate = q ?? DEFAULT_FALSE_DISCOVERY_RATE;
  if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_FALSE_DISCOVERY_RATE) {
    throw invalidInput([{ field: 'falseDiscoveryRate', message: `must be above 0 and at most ${MAX_FALSE_DISCOVERY_RATE}` }]);
  }
  return rate;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order given: the smallest false
 * discovery rate at which each would be called significant.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const { p, i } = order[rank - 1];
    running = Math.min(running, (p * m) / rank);
    q[i] = running;
  }
  return q;
}

/**
 * Tests every group's share against the overall change. `totals` are all complaints of
 * each period (for words: the complaints read, not the words).
 */
export function testShares<T extends PeriodCounts>(groups: readonly T[], totals: PeriodCounts, falseDiscoveryRate: number): Array<T & ShareTest> {
  const all = totals.current + totals.previous;
  const p0 = all === 0 ? 0 : totals.current / all;
  const scored = groups.map((g) => {
    const n = g.current + g.previous;
    const expected = n * p0;
    const share = totals.current === 0 ? 0 : g.current / totals.current;
    const previousShare = totals.previous === 0 ? null : g.previous / totals.previous;
    return {
      ...g,
      share,
      previousShare,
      expected,
      excess: g.current - expected,
      rateRatio: previousShare === null || g.previous === 0 ? null : share / previousShare,
      tested: expected >= MIN_EXPECTED,
      pValue: binomialAtLeast(g.current, n, p0),
      qValue: null as number | null,
      significant: false,
    };
  });
  const tested = scored.filter((g) => g.tested);
  const q = benjaminiHochberg(tested.map((g) => g.pValue));
  tested.forEach((g, i) => {
    g.qValue = q[i];
    g.significant = q[i] <= falseDiscoveryRate;
  });
  return scored;
}

/** The p in [0, 1] where `tail(p)`, which grows with p, crosses `target`: by bisection. */
function crossing(target: number, tail: (p: number) => number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (tail(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * A 95% confidence interval of the rate ratio: the exact (Clopper–Pearson) interval of
 * the share π of the group's n complaints that fell in the current period, as
 * π / (1 − π) × T_previous / T_current. The upper end is null when unbounded (nothing before).
 */
export function rateRatioInterval(group: PeriodCounts, totals: PeriodCounts): { low: number | null; high: number | null } {
  const n = group.current + group.previous;
  if (n === 0 || totals.current === 0 || totals.previous === 0) return { low: null, high: null };
  const alpha = (1 - INTERVAL_LEVEL) / 2;
  const low = group.current === 0 ? 0 : crossing(alpha, (p) => binomialAtLeast(group.current, n, p));
  // P(X <= current) falls as p grows: the upper end is where it falls to alpha.
  const high = group.previous === 0 ? 1 : crossing(1 - alpha, (p) => 1 - binomialAtMost(group.current, n, p));
  const scale = totals.previous / totals.current;
  const toRatio = (pi: number) => (pi / (1 - pi)) * scale;
  return { low: toRatio(low), high: high >= 1 ? null : toRatio(high) };
}
