import type { Complaint } from '../complaint';
import { ERASED } from '../data-protection';
import { normalizeReference } from '../intake/codes';

/**
 * The words a complaint is found by, and those a query asks for. Latin-script words are
 * whole words, lower-cased and without accents ("Müller" is "muller"); Chinese, Japanese
 * and Korean have no spaces, so their runs give every two consecutive characters
 * (bigrams) and every single character. An email address is a term whole, and its words
 * are terms too; the reference is a term whole, exactly as normalizeReference writes it.
 * No stemming, no fuzziness: the same function writes the index and reads the query.
 */

/** Terms kept per complaint: beyond it, later facts are not indexed (docs/ARCHITECTURE.md, "Search"). */
export const MAX_INDEXED_TERMS = 1000;
/** Longer "words" are noise (hashes, base64); they are not indexed. */
const MAX_WORD_LENGTH = 64;

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const RUNS = new RegExp(String.raw`[${CJK}]+|(?:(?![${CJK}])[\p{L}\p{N}\p{M}])+`, 'gu');
/** A term (or run) of Chinese, Japanese or Korean script. */
export const IS_CJK = new RegExp(`^[${CJK}]`, 'u');
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** The platform's references (core/intake/codes.ts) and imported CFPB complaints' (`CFPB-<complaint id>`). */
const REFERENCE = /^(?:[A-Z]{2}-\d{8}-[0-9A-Z]{6}|CFPB-\d+)$/;
/** Letters the accent folding cannot take apart. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

export const emailTerm = (email: string) => `email:${email.trim().toLowerCase()}`;
export const referenceTerm = (reference: string) => `ref:${normalizeReference(reference)}`;

/** Full-width forms and compatibility characters folded (ＡＢＣ is abc), lower-cased. */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase();

/** A Latin (or other alphabetic) word without its accents. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđłıþ]/g, (c) => LIGATURES[c])
    .normalize('NFC');
}

interface Split {
  /** Whole words and CJK bigrams, in the order they occur. */
  terms: string[];
  /** Single CJK characters, in the order they occur. */
  singles: string[];
  /** CJK runs of three or more characters: bigrams alone would also match them out of order. */
  phrases: string[];
}

/** A run of the text, normalized: a Latin (or other alphabetic) word, folded, or a run of CJK characters. */
export type TextRun = { cjk: true; chars: string[] } | { cjk: false; word: string };

/**
 * The text's runs in order, as the index reads them: CJK runs as their characters, and
 * words of 2 to 64 letters folded (shorter and longer ones are not words the index keeps).
 */
export function* textRuns(text: string): Generator<TextRun> {
  for (const [run] of normalizeText(text).matchAll(RUNS)) {
    if (IS_CJK.test(run)) {
      yield { cjk: true, chars: [...run] };
    } else {
      const word = foldWord(run);
      if (word.length >= 2 && word.length <= MAX_WORD_LENGTH) yield { cjk: false, word };
    }
  }
}

/** Splits text into words, bigrams and single characters. */
function split(text: string): Split {
  const out: Split = { terms: [], singles: [], phrases: [] };
  for (const run of textRuns(text)) {
    if (!run.cjk) {
      out.terms.push(run.word);
      continue;
    }
    const { chars } = run;
    for (let i = 0; i + 1 < chars.length; i += 1) out.terms.push(chars[i] + chars[i + 1]);
    out.singles.push(...chars);
    if (chars.length > 2) out.phrases.push(chars.join(''));
  }
  return out;
}

/** Words and CJK bigrams of free text in the order they occur (what the triage model's features are built from). */
export const termsInOrder = (text: string): string[] => split(text).terms;

/** The terms of free text: whole email addresses it holds, then its words and bigrams, then its single characters. */
function textTerms(text: string): { main: string[]; singles: string[] } {
  const { terms, singles } = split(text);
  return { main: [...[...normalizeText(text).matchAll(EMAIL)].map(([e]) => emailTerm(e)), ...terms], singles };
}

const present = (value: string | undefined): value is string => value !== undefined && value !== '' && value !== ERASED;

/**
 * A complaint's terms, the most telling first: reference, email, name, category, then
 * the facts' words and bigrams, then the facts' single characters. Without duplicates;
 * `limit` keeps the first ones (the index), Infinity all (to check a match).
 */
export function complaintTerms(c: Pick<Complaint, 'reference' | 'complainant' | 'category' | 'facts'>, limit = MAX_INDEXED_TERMS): string[] {
  const fields = [c.complainant.name, c.complainant.email, c.category].filter(present).map(textTerms);
  const facts = present(c.facts) ? textTerms(c.facts) : { main: [], singles: [] };
  const all = new Set<string>([
    referenceTerm(c.reference),
    ...(present(c.complainant.email) ? [emailTerm(c.complainant.email)] : []),
    ...fields.flatMap((f) => [...f.main, ...f.singles]),
    ...facts.main,
    ...facts.singles,
  ]);
  return [...all].slice(0, limit);
}

/** The searchable text of a complaint, one field a line, normalized as the query is (for phrase checks). */
export function complaintText(c: Pick<Complaint, 'reference' | 'complainant' | 'category' | 'facts'>): string {
  return normalizeText([c.reference, c.complainant.name, c.complainant.email, c.category, c.facts].filter(present).join('\n'));
}

export interface SearchQuery {
  /** Every one must be among the complaint's terms. */
  terms: string[];
  /** CJK runs of three or more characters the complaint's text must hold as written. */
  phrases: string[];
}

/**
 * A query's terms, ANDed. A reference or an email address typed whole is one term; other
 * text splits like a complaint's. A CJK run of one character is searched as a single
 * character, a longer one by its bigrams (and checked as a phrase); one-letter Latin
 * words are left out, as they are not indexed.
 */
export function queryTerms(search: string): SearchQuery {
  const terms = new Set<string>();
  const phrases: string[] = [];
  for (const token of search.trim().split(/\s+/u).filter(Boolean)) {
    if (REFERENCE.test(normalizeReference(token))) {
      terms.add(referenceTerm(token));
      continue;
    }
    const email = [...normalizeText(token).matchAll(EMAIL)].find(([e]) => e === normalizeText(token));
    if (email) {
      terms.add(emailTerm(email[0]));
      continue;
    }
    const parts = split(token);
    for (const t of parts.terms) terms.add(t);
    // A lone CJK character has no bigram: it is searched by itself.
    for (const [run] of normalizeText(token).matchAll(RUNS)) if (IS_CJK.test(run) && [...run].length === 1) terms.add(run);
    phrases.push(...parts.phrases);
  }
  return { terms: [...terms], phrases };
}
