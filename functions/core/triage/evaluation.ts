/** How well predicted labels match true ones. */
export interface Scores {
  rows: number;
  accuracy: number;
  /** The unweighted mean of each true label's F1: a rare product counts as much as a common one. */
  macroF1: number;
  /** Always answering the most common true label of these rows. */
  majorityLabel: string;
  majorityAccuracy: number;
}

export function score(pairs: ReadonlyArray<{ actual: string; predicted: string }>): Scores {
  if (pairs.length === 0) throw new RangeError('nothing to score: no rows with a narrative');
  const labels = [...new Set(pairs.map((p) => p.actual))].sort();
  const count = (test: (p: { actual: string; predicted: string }) => boolean) => pairs.filter(test).length;
  const f1s = labels.map((label) => {
    const tp = count((p) => p.actual === label && p.predicted === label);
    const predicted = count((p) => p.predicted === label);
    const actual = count((p) => p.actual === label);
    return tp === 0 ? 0 : (2 * tp) / (predicted + actual);
  });
  const sizes = labels.map((label) => count((p) => p.actual === label));
  const largest = Math.max(...sizes);
  return {
    rows: pairs.length,
    accuracy: count((p) => p.actual === p.predicted) / pairs.length,
    macroF1: f1s.reduce((a, b) => a + b, 0) / labels.length,
    majorityLabel: labels[sizes.indexOf(largest)],
    majorityAccuracy: largest / pairs.length,
  };
}
