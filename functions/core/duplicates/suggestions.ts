import type { DuplicateReason, DuplicateSuggestionStatus } from '../../graphql/generated/types';
import type { Complaint } from '../complaint';
import { contactKeys, sameContact } from './contacts';
import type { Fingerprint } from './fingerprint';
import { similarity } from './similarity';
import { shingles } from './text-shingles';

export type { DuplicateReason, DuplicateSuggestionStatus };

export interface DuplicateSuggestion {
  complaintId: string;
  reference: string;
  /** Text similarity, 0–1, two decimals. */
  score: number;
  reasons: DuplicateReason[];
  status: DuplicateSuggestionStatus;
}

/**
 * The score at or above which two complaints' facts are a SIMILAR_TEXT duplicate. Chosen
 * on the tuning half of the labelled set (bench/duplicates.ts) and reported on the other.
 */
export const SIMILAR_TEXT_THRESHOLD = 0.3;

/** What the decision needs of an earlier complaint. */
export type Candidate = Pick<Complaint, 'id' | 'reference' | 'facts' | 'complainant' | 'receivedAt' | 'organizationId'>;

/**
 * Judges one earlier complaint against a new one: a suggestion when the facts are near
 * identical (within the text window) or the complainant is the same (within the contact
 * window), each reason named; otherwise null.
 */
export function judge(fresh: Fingerprint, candidate: Candidate, since: { text: string; contact: string }): DuplicateSuggestion | null {
  const reasons: DuplicateReason[] = [];
  if (candidate.receivedAt >= since.contact && sameContact(fresh.contacts, contactKeys(candidate.complainant))) reasons.push('SAME_CONTACT');
  const { score } = similarity(fresh.shingles, shingles(candidate.facts));
  if (candidate.receivedAt >= since.text && score >= SIMILAR_TEXT_THRESHOLD) reasons.push('SIMILAR_TEXT');
  if (reasons.length === 0) return null;
  return { complaintId: candidate.id, reference: candidate.reference, score: Math.round(score * 100) / 100, reasons, status: 'OPEN' };
}

/** Most similar first; at equal score the contact match first. */
export function bySimilarity(a: DuplicateSuggestion, b: DuplicateSuggestion): number {
  return b.score - a.score || b.reasons.length - a.reasons.length;
}

export const hasOpenSuggestion = (c: Pick<Complaint, 'duplicateSuggestions'>): boolean => (c.duplicateSuggestions ?? []).some((s) => s.status === 'OPEN');
