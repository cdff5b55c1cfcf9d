/**
 * Exact one-sided binomial tests with p = 1/2: two periods of the same length, and the
 * question whether one of them got more (or fewer) of the n complaints than chance
 * would give. Exact for every n: each tail is summed from its first term outwards with
 * the ratio of neighbouring terms, in log space where a term is too small for a double,
 * so n = 100,000 costs a few thousand steps and no approximation.
 */

/** Significance level of the figures: a p-value below it is called significant. */
export const SIGNIFICANCE_LEVEL = 0.05;

export const isSignificant = (pValue: number): boolean => pValue < SIGNIFICANCE_LEVEL;

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

/** ln P(X = k) for X ~ Binomial(n, 1/2). */
const logTerm = (k: number, n: number): number => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) - n * Math.LN2;

/** P(X >= k) for k above the mean, where the terms only shrink. */
function upperTail(k: number, n: number): number {
  // Terms relative to the first: ratio of P(X = i + 1) to P(X = i) is (n - i) / (i + 1) < 1.
  let relative = 1;
  let sum = 1;
  for (let i = k; i < n && relative > sum * 1e-17; i += 1) {
    relative *= (n - i) / (i + 1);
    sum += relative;
  }
  return Math.min(1, Math.exp(logTerm(k, n) + Math.log(sum)));
}

/** P(X >= k) for X ~ Binomial(n, 1/2): how likely at least k of n fall in one of two equal periods by chance. */
export function binomialAtLeast(k: number, n: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (2 * k > n) return upperTail(k, n);
  // Below the mean the complement is the short tail; by symmetry P(X <= k - 1) = P(X >= n - k + 1).
  return 1 - upperTail(n - k + 1, n);
}

/** P(X <= k) for X ~ Binomial(n, 1/2): how likely at most k of n fall in one of two equal periods by chance. */
export const binomialAtMost = (k: number, n: number): number => binomialAtLeast(n - k, n);
