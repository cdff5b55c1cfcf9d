/**
 * The exact similarity of two shingle sets, computed on candidates only. Jaccard treats
 * a truncated copy as half a match; containment (the share of the smaller set found in
 * the larger) sees it whole, so the score is the larger of the two. Containment is used
 * only when the smaller text has enough shingles to mean something: a complaint of three
 * words is contained in many.
 */
export const MIN_SHINGLES_FOR_CONTAINMENT = 12;

export interface Similarity {
  jaccard: number;
  containment: number;
  /** max(jaccard, containment), or jaccard alone for a very short text; 0–1. */
  score: number;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): Similarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common += 1;
  const union = a.size + b.size - common;
  const jaccard = union === 0 ? 0 : common / union;
  const containment = small.size === 0 ? 0 : common / small.size;
  const score = small.size >= MIN_SHINGLES_FOR_CONTAINMENT ? Math.max(jaccard, containment) : jaccard;
  return { jaccard, containment, score };
}
