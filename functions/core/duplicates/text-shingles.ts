/**
 * Text → the set of shingles compared for near-duplicates. Latin text is compared by
 * word bigrams, Chinese by character bigrams (Chinese has no spaces between words, and
 * two characters are about one word), mixed text by both.
 */

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** One CJK character, or a run of letters and digits that are not CJK. */
const TOKEN = new RegExp(`[${CJK}]|[^\\s\\p{P}\\p{S}${CJK}]+`, 'gu');

/**
 * Words too common to tell two complaints apart; dropping them keeps "of the" from
 * making unrelated complaints look alike and lets small rewordings keep their bigrams.
 */
const STOP_WORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being am i me my we our us you your he she it its they them their ' +
    'this that these those there here have has had do does did not no so than then too very can could would should will just also about into over').split(' '),
);

/** Redaction masks (the CFPB's XXXX, XX/XX/XXXX) say nothing about the complaint. */
const MASK = /^x{2,}$/;

/** Normalized tokens: NFKC, lower case, masks and stop words dropped. */
export function tokens(text: string): string[] {
  const found = text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
  return found.filter((t) => !MASK.test(t) && !STOP_WORDS.has(t));
}

/** Adjacent token pairs; a text of one token is that token. */
export function shingles(text: string): Set<string> {
  const t = tokens(text);
  if (t.length < 2) return new Set(t);
  const out = new Set<string>();
  for (let i = 1; i < t.length; i += 1) out.add(`${t[i - 1]} ${t[i]}`);
  return out;
}
