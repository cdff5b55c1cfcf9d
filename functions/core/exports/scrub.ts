import type { Complainant } from '../complaint';
import { escapeRegExp } from '../escape-regexp';

/** What the CFPB writes in place of what it removes from a narrative. */
export const REDACTED = 'XXXX';

// Latin script only, so that CJK text written straight against an address stays.
const EMAIL = /[\p{Script=Latin}\p{N}._%+-]+@[\p{Script=Latin}\p{N}-]+(?:\.[\p{Script=Latin}\p{N}-]+)+/gu;
// Seven digits or more, spaces, dots, dashes or brackets between them: phone, card and
// account numbers as people write them (dates like 2026-01-15 too, which the CFPB removes as well).
const SEPARATED_DIGITS = /\+?\(?\d(?:[\s().-]{0,2}\d){6,}\)?/gu;
// Five digits or more in a row: account, policy and ZIP codes. Years and amounts under 10,000 stay.
const DIGIT_RUN = /\d{5,}/gu;
// A name or address part counts only as a whole word in Latin script; CJK text has no spaces to match.
const NOT_IN_WORD_BEFORE = '(?<![\\p{Script=Latin}\\p{N}])';
const NOT_IN_WORD_AFTER = '(?![\\p{Script=Latin}\\p{N}])';
/** Shorter name parts ("Li", "Al") would remove ordinary words. */
const MIN_PART_LENGTH = 3;

/**
 * The complainant's own details as they might appear in the text: whole, however short
 * (a Chinese name is often two characters), and name and address in parts.
 */
function ownDetails(complainant: Complainant): string[] {
  const whole = [complainant.name, complainant.email, complainant.phone, complainant.postalAddress].map((s) => s?.trim() ?? '').filter((s) => s.length > 0);
  const nameParts = complainant.name.split(/\s+/u);
  const addressParts = (complainant.postalAddress ?? '').split(/[,，、;\n]+/u);
  const parts = [...nameParts, ...addressParts].map((s) => s.trim()).filter((s) => [...s].length >= MIN_PART_LENGTH);
  return [...whole, ...parts].sort((a, b) => b.length - a.length);
}

/**
 * A narrative fit to publish, the way the CFPB scrubs its own: the complainant's name,
 * email, phone and address, any email address, phone-like and account-like numbers
 * replaced with XXXX. It removes more than it must rather than less.
 */
export function scrubNarrative(text: string, complainant: Complainant): string {
  let out = text;
  for (const detail of ownDetails(complainant)) {
    out = out.replace(new RegExp(`${NOT_IN_WORD_BEFORE}${escapeRegExp(detail)}${NOT_IN_WORD_AFTER}`, 'giu'), REDACTED);
  }
  return out.replace(EMAIL, REDACTED).replace(SEPARATED_DIGITS, REDACTED).replace(DIGIT_RUN, REDACTED);
}
