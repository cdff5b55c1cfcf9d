import type { CaseFieldsFragment } from '../../generated/graphql';

type Complaint = Pick<CaseFieldsFragment, 'history' | 'entries'>;
export type HistoryStep = Complaint['history'][number];
export type CaseEntry = Complaint['entries'][number];

/** One moment of the timeline: a step of the history with what it wrote (a note, a reply, evidence), or an entry alone. */
export interface TimelineItem {
  at: string;
  step?: HistoryStep;
  entries: CaseEntry[];
}

/**
 * The history and the case entries as one timeline, oldest first. A step and the entries it
 * wrote carry the same instant, so each entry is shown under its step rather than twice.
 */
export function timelineOf(complaint: Complaint): TimelineItem[] {
  const byInstant = new Map<string, CaseEntry[]>();
  for (const entry of complaint.entries) byInstant.set(entry.at, [...(byInstant.get(entry.at) ?? []), entry]);
  const items: TimelineItem[] = complaint.history.map((step) => {
    const entries = byInstant.get(step.at) ?? [];
    byInstant.delete(step.at);
    return { at: step.at, step, entries };
  });
  for (const [at, entries] of byInstant) items.push({ at, entries });
  // Stable: steps at the same instant keep the history's order.
  return items.sort((a, b) => a.at.localeCompare(b.at));
}
