/**
 * Exact one-sided binomial tests: of n complaints, did more (or fewer) than chance fall on
 * one side, each falling there with probability p (1/2 for two periods of the same length,
 * a period's share of the overall volume for a group's share). Exact for every n: each
 * tail is summed from its first term outwards with the ratio of neighbouring terms, the
 * first term in log space, so n = 100,000 costs a few thousand steps and no approximation.
 */

/** Significance level of the figures: a p-value below it is called significant. */
export const SIGNIFICANCE_LEVEL = 0.05;

export const isSignificant = (pValue: number): boolean => pValue < SIGNIFICANCE_LEVEL;

/** A p- or q-value as people read it: three decimals, or "< 0.001"; "–" when there is none. */
export const probabilityText = (p: number | null | undefined): string => (p == null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));

// Lanczos approximation (g = 7, 9 terms): ln Γ(x) to about 15 significant digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln P(X = k) for X ~ Binomial(n, p), 0 < p < 1. */
const logTerm = (k: number, n: number, p: number): number => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);

/** P(X >= k) for k at or above the mean, where the terms only shrink. */
function upperTail(k: number, n: number, p: number): number {
  // Terms relative to the first: P(X = i + 1) / P(X = i) = (n - i) / (i + 1) × p / (1 - p), below 1 past the mean.
  const odds = p / (1 - p);
  let relative = 1;
  let sum = 1;
  for (let i = k; i < n && relative > sum * 1e-17; i += 1) {
    relative *= ((n - i) / (i + 1)) * odds;
    sum += relative;
  }
  return Math.min(1, Math.exp(logTerm(k, n, p) + Math.log(sum)));
}

/**
 * P(X >= k) for X ~ Binomial(n, p), p = 1/2 unless given: how likely at least k of n fall
 * on one side by chance when each falls there with probability p.
 */
export function binomialAtLeast(k: number, n: number, p = 0.5): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  if (k > n * p) return upperTail(k, n, p);
  // At or below the mean the complement is the short tail: P(X <= k - 1) = P(Y >= n - k + 1), Y ~ Binomial(n, 1 - p).
  return 1 - upperTail(n - k + 1, n, 1 - p);
}

/** P(X <= k) for X ~ Binomial(n, p), p = 1/2 unless given: how likely at most k of n fall on one side by chance. */
export const binomialAtMost = (k: number, n: number, p = 0.5): number => binomialAtLeast(n - k, n, 1 - p);
