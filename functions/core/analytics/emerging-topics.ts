import type { EmergingTopic, EmergingTopicReport, PeriodInput } from '../../graphql/generated/types';
import { ERASED } from '../data-protection';
import { receivedRange } from '../exports/export-page';
import { receivedDay } from '../exports/full-export';
import type { ComplaintStore, ListPosition } from '../ports';
import { validateFirst } from './first';
import { previousPeriod, validatePeriod, type Period } from './period';
import { MIN_EXPECTED, rateRatioInterval, testShares, validateFalseDiscoveryRate, type PeriodCounts, type ShareTest } from './rising-share';
import { excerptAround, topicTerms } from './topic-terms';

export type { EmergingTopic, EmergingTopicReport };

export const MAX_TOPICS = 20;
/** Complaints read per period at most: the cost of one answer is bounded whatever the volume. */
export const MAX_COMPLAINTS_PER_PERIOD = 5000;
export const EXAMPLES_PER_TOPIC = 3;
const PAGE = 500;

export interface TopicRequest {
  organizationId: string;
  /** The organization's: a period's days are its days. */
  timeZone: string;
  period: PeriodInput;
  first: number;
  falseDiscoveryRate?: number | null;
  /** Whether the answer may quote the complaints (the dashboard's staff may; an email does not). */
  excerpts: boolean;
}

interface Text {
  id: string;
  reference: string;
  facts: string;
}

/** Each text of the period's complaints once, oldest first, up to the cap; and whether that was all of them. */
async function* periodTexts(store: ComplaintStore, organizationId: string, timeZone: string, period: Period): AsyncGenerator<Text, boolean> {
  const range = receivedRange(period, timeZone);
  let after: ListPosition | undefined;
  let read = 0;
  for (;;) {
    const page = await store.list({ organizationId, list: { kind: 'all', filter: { receivedFrom: range.from, receivedTo: range.to } }, first: PAGE, after, oldestFirst: true });
    for (const { complaint } of page.items) {
      const day = receivedDay(complaint);
      if (day < period.from || day > period.to || !complaint.facts || complaint.facts === ERASED) continue;
      if (read === MAX_COMPLAINTS_PER_PERIOD) return false;
      read += 1;
      yield { id: complaint.id, reference: complaint.reference, facts: complaint.facts };
    }
    after = page.endPosition ?? page.items.at(-1)?.position;
    if (!page.hasNextPage || !after) return true;
  }
}

/** Reads a period's texts, giving each one's distinct terms to `count`; returns how many and whether that was all. */
async function readPeriod(texts: AsyncGenerator<Text, boolean>, count: (text: Text, terms: Set<string>) => void): Promise<{ complaints: number; complete: boolean }> {
  let complaints = 0;
  for (;;) {
    const next = await texts.next();
    if (next.done) return { complaints, complete: next.value };
    complaints += 1;
    count(next.value, topicTerms(next.value.facts));
  }
}

type Candidate = PeriodCounts & ShareTest & { term: string; examples: Text[] };

/** Terms this close in how many complaints mention them, in the same first complaints, are one topic. */
const SAME_TOPIC_COUNT_RATIO = 0.8;
export const MAX_RELATED_TERMS = 15;

/** Whether `longer` holds `shorter`: as a word of a word pair, or as characters of a CJK n-gram. */
const contains = (longer: string, shorter: string) => longer.length > shorter.length && (longer.includes(' ') ? longer.split(' ').includes(shorter) : longer.includes(shorter));

/**
 * The terms that rose, gathered into topics: one burst of complaints raises every word,
 * pair and character n-gram they share, and those terms are mentioned by the same first
 * complaints about as often. Each topic is named by its most mentioned term, the longest
 * of those; topics come the largest excess first.
 */
function sameTopics(rising: Candidate[]): Array<{ label: Candidate; related: Candidate[] }> {
  const clusters: Array<{ key: string; members: Candidate[] }> = [];
  const byExcess = [...rising].sort((a, b) => b.excess - a.excess || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  for (const term of byExcess) {
    const key = term.examples.map((e) => e.id).join(' ');
    const cluster = clusters.find((c) => c.key === key && Math.min(c.members[0].current, term.current) >= SAME_TOPIC_COUNT_RATIO * Math.max(c.members[0].current, term.current));
    if (cluster) cluster.members.push(term);
    else clusters.push({ key, members: [term] });
  }
  return clusters.map(({ members }) => {
    // A word inside a pair, a bigram inside a trigram, says nothing the longer term does not.
    const longest = members.filter((m) => !members.some((other) => other !== m && contains(other.term, m.term)));
    const label = [...longest].sort((a, b) => b.current - a.current || [...b.term].length - [...a.term].length || b.excess - a.excess)[0];
    return { label, related: longest.filter((m) => m !== label).slice(0, MAX_RELATED_TERMS) };
  });
}

/**
 * Words and phrases whose share of the complaints rose against the period of the same
 * length just before: each term's complaints (how many mention it, not how often) are
 * tested as a group's are for hotspots (rising-share.ts), against the overall change, with
 * the false discovery rate controlled across the terms tested. Each period is read once,
 * the current one first; of the period before, only terms the current one has are kept.
 * Terms that do not appear in the current period cannot have risen and are not tested.
 * The terms of one burst are gathered into one topic (sameTopics).
 */
export async function emergingTopics(store: ComplaintStore, request: TopicRequest): Promise<EmergingTopicReport> {
  const period = validatePeriod(request.period);
  const limit = validateFirst(request.first, MAX_TOPICS);
  const q = validateFalseDiscoveryRate(request.falseDiscoveryRate);
  const before = previousPeriod(period);
  const terms = new Map<string, PeriodCounts & { examples: Text[] }>();
  const current = await readPeriod(periodTexts(store, request.organizationId, request.timeZone, period), (text, found) => {
    for (const term of found) {
      const entry = terms.get(term) ?? { current: 0, previous: 0, examples: [] };
      entry.current += 1;
      if (entry.examples.length < EXAMPLES_PER_TOPIC) entry.examples.push(text);
      terms.set(term, entry);
    }
  });
  const previous = await readPeriod(periodTexts(store, request.organizationId, request.timeZone, before), (_, found) => {
    for (const term of found) {
      const entry = terms.get(term);
      if (entry) entry.previous += 1;
    }
  });
  const totals = { current: current.complaints, previous: previous.complaints };
  // A term in fewer complaints than MIN_EXPECTED can never be tested (its expected count is below it): not scored at all.
  const testable = [...terms].filter(([, counts]) => counts.current + counts.previous >= MIN_EXPECTED);
  const scored = testShares(
    testable.map(([term, counts]) => ({ term, ...counts })),
    totals,
    q,
  );
  const topics = sameTopics(scored.filter((t) => t.significant && t.excess > 0)).slice(0, limit);
  return {
    period,
    previousPeriod: before,
    currentComplaints: totals.current,
    previousComplaints: totals.previous,
    complete: current.complete && previous.complete,
    termsTested: scored.filter((t) => t.tested).length,
    falseDiscoveryRate: q,
    minExpected: MIN_EXPECTED,
    topics: topics.map(({ label: t, related }): EmergingTopic => {
      const interval = rateRatioInterval(t, totals);
      return {
        term: t.term,
        relatedTerms: related.map((r) => r.term),
        current: t.current,
        previous: t.previous,
        expected: t.expected,
        rateRatio: t.rateRatio,
        rateRatioLow: interval.low,
        rateRatioHigh: interval.high,
        pValue: t.pValue,
        qValue: t.qValue!,
        examples: t.examples.map((e) => ({ complaintId: e.id, reference: e.reference, excerpt: request.excerpts ? excerptAround(e.facts, t.term) : null })),
      };
    }),
  };
}
