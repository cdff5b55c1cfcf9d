import type { Complaint } from '../complaint';
import { complaintTerms, complaintText, type SearchQuery } from './terms';

/**
 * Whether the complaint, as it is now, holds every term and phrase of the query. The index
 * only proposes candidates: this check drops bigram false positives (两个 and 个人 found
 * apart for 两个人), hash collisions, and postings of words a change or an erasure removed
 * that the stream has not caught up with yet.
 */
export function matchesSearch(c: Pick<Complaint, 'reference' | 'complainant' | 'category' | 'facts'>, query: SearchQuery): boolean {
  const terms = new Set(complaintTerms(c, Infinity));
  if (!query.terms.every((t) => terms.has(t))) return false;
  const text = complaintText(c);
  return query.phrases.every((p) => text.includes(p));
}
