import { textRuns } from '../search/terms';
import { escapeRegExp } from '../escape-regexp';

/**
 * The words and phrases of a complaint's text that emerging topics count, read with the
 * search index's tokenizer (core/search/terms.ts): Latin-script words lower-cased and
 * folded, and pairs of neighbouring words, stopwords left out (a stopword breaks a pair);
 * for Chinese (and other CJK) runs, every two and three consecutive characters, as
 * Chinese has no spaces to find words by.
 */

/** Words too common to tell a topic; a few are the CFPB's redaction marks and boilerplate. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing ' +
    'down during each even ever every few for from further get got had has have having he her here hers herself him himself his how however if in into is it ' +
    'its itself just like made make many may me might more most much must my myself never no nor not now of off on once one only or other our ours ourselves ' +
    'out over own said same say says see she should since so some still such than that the their theirs them themselves then there these they this those ' +
    'through to told too under until up upon us very was we were what when where whether which while who whom why will with within without would yet you ' +
    'your yours yourself yourselves im ive dont didnt doesnt cant wont isnt wasnt thats'
  ).split(' '),
);
/** Chinese particles that make any pair they are in a grammatical one, not a topic. */
const CJK_STOP_CHARS = new Set([...'的了吗呢吧啊着']);
const NUMBER = /^\p{N}+$/u;
/** Redaction marks: XX/XX/XXXX dates, XXXX names (the digits of {$25.00} amounts are NUMBER's). */
const REDACTED = /^x+$/;

const telling = (word: string) => !STOPWORDS.has(word) && !NUMBER.test(word) && !REDACTED.test(word);

/** The distinct terms of a text: words, word pairs ("credit report"), and CJK character bigrams and trigrams. */
export function topicTerms(text: string): Set<string> {
  const terms = new Set<string>();
  let previous: string | null = null;
  for (const run of textRuns(text)) {
    if (!run.cjk) {
      const word = run.word;
      if (!telling(word)) {
        previous = null;
        continue;
      }
      terms.add(word);
      if (previous !== null) terms.add(`${previous} ${word}`);
      previous = word;
      continue;
    }
    previous = null;
    const { chars } = run;
    for (let n = 2; n <= 3; n += 1) {
      for (let i = 0; i + n <= chars.length; i += 1) {
        const gram = chars.slice(i, i + n);
        if (!gram.some((c) => CJK_STOP_CHARS.has(c))) terms.add(gram.join(''));
      }
    }
  }
  return terms;
}

/**
 * Up to `length` characters of the text around the term's first occurrence, with an
 * ellipsis where it was cut; the text's start when the term is not found as written
 * (it was folded from an accented spelling).
 */
export function excerptAround(text: string, term: string, length = 160): string {
  const pattern = new RegExp(term.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+'), 'iu');
  const at = pattern.exec(text)?.index ?? 0;
  const start = Math.max(0, at - Math.floor(length / 3));
  const end = Math.min(text.length, start + length);
  const clean = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${clean}${end < text.length ? '…' : ''}`;
}
