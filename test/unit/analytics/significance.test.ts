import { binomialAtLeast, binomialAtMost, isSignificant, logGamma } from '../../../functions/core/analytics/significance';

/** The exact tail by summing binomial coefficients as big integers. */
function exactAtLeast(k: number, n: number): number {
  let c = 1n;
  let sum = 0n;
  for (let i = 0; i <= n; i += 1) {
    if (i >= k) sum += c;
    c = (c * BigInt(n - i)) / BigInt(i + 1);
  }
  return Number((sum * 10n ** 18n) / 2n ** BigInt(n)) / 1e18;
}

describe('the one-sided binomial test with p = 1/2', () => {
  it('matches the exact tail of small samples', () => {
    expect(binomialAtLeast(8, 10)).toBeCloseTo(56 / 1024, 14);
    expect(binomialAtLeast(15, 20)).toBeCloseTo(21700 / 1048576, 14);
    for (const [k, n] of [[3, 7], [30, 50], [61, 100], [45, 100], [200, 300]]) expect(binomialAtLeast(k, n)).toBeCloseTo(exactAtLeast(k, n), 12);
  });

  it('answers the edges: nothing to test is no evidence, every one on one side is 2^-n', () => {
    expect(binomialAtLeast(0, 0)).toBe(1);
    expect(binomialAtLeast(0, 5)).toBe(1);
    expect(binomialAtLeast(6, 5)).toBe(0);
    expect(binomialAtLeast(5, 5)).toBeCloseTo(1 / 32, 15);
    expect(binomialAtMost(0, 5)).toBeCloseTo(1 / 32, 15);
    expect(binomialAtMost(5, 5)).toBe(1);
  });

  it('stays exact at n = 100,000', () => {
    // P(X >= n/2) = 1/2 + P(X = n/2)/2, and P(X = n/2) ≈ sqrt(2 / (π n)) for large n.
    const n = 100_000;
    expect(binomialAtLeast(n / 2, n)).toBeCloseTo(0.5 + Math.sqrt(2 / (Math.PI * n)) / 2, 6);
    // Three standard deviations above the mean: close to the normal tail 0.00135.
    expect(binomialAtLeast(50_475, n)).toBeGreaterThan(0.0012);
    expect(binomialAtLeast(50_475, n)).toBeLessThan(0.0015);
    // Far in the tail the p-value is tiny but not a crash or NaN.
    expect(binomialAtLeast(60_000, n)).toBeGreaterThanOrEqual(0);
    expect(binomialAtLeast(60_000, n)).toBeLessThan(1e-200);
  });

  it('P(X <= k) mirrors P(X >= n - k)', () => {
    expect(binomialAtMost(2, 10)).toBeCloseTo(binomialAtLeast(8, 10), 15);
  });

  it('calls a p-value below 0.05 significant', () => {
    expect(isSignificant(0.049)).toBe(true);
    expect(isSignificant(0.05)).toBe(false);
  });

  it('computes ln Γ accurately enough for factorials up to 100,000', () => {
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    // Stirling with two correction terms, good to ~1e-15 here.
    const x = 100_001;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
    expect(Math.abs(logGamma(x) - stirling)).toBeLessThan(1e-8);
  });
});

describe('the one-sided binomial test with any p', () => {
  /** P(X >= k) for X ~ Binomial(n, num/den), exactly, with big integers. */
  function exactAtLeastWith(k: number, n: number, num: number, den: number): number {
    let sum = 0n;
    let c = 1n;
    for (let i = 0; i <= n; i += 1) {
      if (i >= k) sum += c * BigInt(num) ** BigInt(i) * BigInt(den - num) ** BigInt(n - i);
      c = (c * BigInt(n - i)) / BigInt(i + 1);
    }
    return Number((sum * 10n ** 18n) / BigInt(den) ** BigInt(n)) / 1e18;
  }

  it('matches the exact tail on either side of the mean', () => {
    for (const [k, n, num, den] of [[3, 10, 3, 10], [7, 10, 3, 10], [40, 50, 9, 10], [44, 50, 9, 10], [2, 200, 1, 100], [12, 200, 1, 100]]) {
      expect(binomialAtLeast(k, n, num / den)).toBeCloseTo(exactAtLeastWith(k, n, num, den), 12);
      expect(binomialAtMost(k, n, num / den)).toBeCloseTo(1 - exactAtLeastWith(k + 1, n, num, den), 12);
    }
  });

  it('is certain at p = 1 and impossible at p = 0', () => {
    expect(binomialAtLeast(5, 5, 1)).toBe(1);
    expect(binomialAtLeast(1, 5, 0)).toBe(0);
  });
});
