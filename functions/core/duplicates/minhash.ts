import { createHash } from 'node:crypto';

/**
 * MinHash signatures and locality-sensitive banding. Two sets agree on one signature
 * position with probability equal to their Jaccard similarity J, so a band of ROWS
 * positions matches with J^ROWS and at least one of BANDS bands with
 * 1 − (1 − J^ROWS)^BANDS: with 16 bands of 2 rows, 0.94 at J = 0.4, 0.15 at J = 0.1.
 */
export const BANDS = 16;
export const ROWS = 2;
export const SIGNATURE_LENGTH = BANDS * ROWS;

/** FNV-1a, 32 bits: the shingle's base hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: spreads a seeded base hash into an independent-looking permutation. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, so signatures stored today still compare with those computed after a restart. */
const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix((i + 1) * 0x9e3779b9));

export function signature(shingleSet: ReadonlySet<string>): number[] {
  const sig = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const s of shingleSet) {
    const base = fnv1a(s);
    for (let i = 0; i < SIGNATURE_LENGTH; i += 1) {
      const v = mix(base ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** The share of positions two signatures agree on: an estimate of their Jaccard similarity. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}

/**
 * One bucket key per band: `<band>#<hash of the band's values>`. Hashed so a key holds
 * nothing derived from the text that could be read back; empty text has no keys.
 */
export function bandKeys(sig: readonly number[]): string[] {
  if (sig.every((v) => v === 0xffffffff)) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    const values = sig.slice(band * ROWS, (band + 1) * ROWS).join(',');
    keys.push(`${band}#${createHash('sha256').update(`${band}:${values}`).digest('hex').slice(0, 24)}`);
  }
  return keys;
}
