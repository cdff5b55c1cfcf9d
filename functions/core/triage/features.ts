import { IS_CJK, termsInOrder } from '../search/terms';

/**
 * The model's features: the search tokenizer's terms (Latin words; Chinese character
 * bigrams) and, for Chinese, each pair of consecutive bigrams (a character trigram), hashed
 * into a fixed space so the model's size does not grow with the vocabulary. English word
 * pairs are left out: on the CFPB sample they cost accuracy (5-fold cross-validation on the
 * bench's training 80%, class weights on: 79.7% and macro-F1 0.644 without them, 78.6% and
 * 0.564 with them), as each text's vector is normalised and the pairs, mostly rare, dilute
 * the words. Chinese keeps its pairs (no Chinese data to measure them on). CFPB redactions
 * (XXXX, {$25.00}) are left out: they say nothing about the product.
 */
export const FEATURE_BITS = 18;
const FEATURE_SPACE = 2 ** FEATURE_BITS;

const REDACTED = /^x{2,}$/;

/** FNV-1a over the UTF-16 code units: fast, stable across runs and platforms. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % FEATURE_SPACE;
}

/** Feature indexes of a text, one per occurrence (the counts are the model's evidence). */
export function features(text: string): number[] {
  const terms = termsInOrder(text.replace(/\{\$[\d,.]+\}/g, ' ')).filter((t) => !REDACTED.test(t) && !/^\d+$/.test(t));
  const out: number[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    out.push(hash(terms[i]));
    if (i + 1 < terms.length && IS_CJK.test(terms[i]) && IS_CJK.test(terms[i + 1])) out.push(hash(`${terms[i]} ${terms[i + 1]}`));
  }
  return out;
}
