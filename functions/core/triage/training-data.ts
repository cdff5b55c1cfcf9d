import type { Complaint } from '../complaint';
import { ERASED } from '../data-protection';
import type { LabelledText } from './linear-model';

/** Statuses whose category staff have settled: the complaint was answered or closed. */
const HANDLED = new Set<Complaint['status']>(['RESOLVED', 'FEEDBACK_PENDING', 'CLOSED']);

/**
 * The organization's own training examples: a complaint's facts under the category staff
 * corrected a suggestion to; else, once it was handled or its suggestion accepted, under
 * its category. Erased facts teach nothing and are left out.
 */
export function organizationExamples(complaints: ReadonlyArray<Pick<Complaint, 'facts' | 'category' | 'status' | 'triageSuggestions'>>): LabelledText[] {
  return complaints.flatMap((c) => {
    if (!c.facts || c.facts === ERASED) return [];
    const suggestion = c.triageSuggestions?.find((s) => s.kind === 'CATEGORY');
    if (suggestion?.status === 'CORRECTED' && suggestion.correctedTo) return [{ text: c.facts, label: suggestion.correctedTo }];
    if (HANDLED.has(c.status) || suggestion?.status === 'ACCEPTED') return [{ text: c.facts, label: c.category }];
    return [];
  });
}
