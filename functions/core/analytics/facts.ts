import type { AnalyticsDimension } from '../../graphql/generated/types';
import { feedbackHistoryOf, type Complaint } from '../complaint';
import { ESCALATION_RANK } from '../lifecycle/queues';
import { bucketOf, counter, type Counters, type DurationMetric } from './metrics';

export type { AnalyticsDimension };

export const DIMENSIONS: readonly AnalyticsDimension[] = ['ALL', 'CATEGORY', 'PRODUCT', 'RESPONDENT', 'CHANNEL', 'REGION', 'OUTCOME'];

/** The group of a complaint that has no value for a dimension (no product, no region). */
export const NONE_KEY = '(none)';

/**
 * What one complaint contributes to the figures: its day, its group under each
 * dimension, and its counters (added to every one of those groups). A pure function of
 * the complaint, so the stream handler can replace a complaint's old contribution with
 * its new one whatever happened in between.
 */
export interface ComplaintFacts {
  organizationId: string;
  /** YYYY-MM-DD: the organization's day of receipt. */
  day: string;
  groups: Record<AnalyticsDimension, string>;
  counters: Counters;
}

/** One aggregate cell: the counters of one group of one dimension on one day. */
export interface StatsCell {
  dimension: AnalyticsDimension;
  day: string;
  key: string;
  counters: Counters;
}

export function outcomeOf(c: Complaint): string {
  if (c.status === 'WITHDRAWN') return 'WITHDRAWN';
  if (c.status === 'REJECTED') return 'REJECTED';
  return c.finalResponse?.outcome ?? 'OPEN';
}

const seconds = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

export function complaintFacts(c: Complaint): ComplaintFacts {
  const counters: Counters = { [counter.received]: 1 };
  const add = (name: string, n = 1) => {
    counters[name] = (counters[name] ?? 0) + n;
  };
  const duration = (metric: DurationMetric, at: string | undefined) => {
    if (at === undefined) return;
    const s = seconds(c.receivedAt, at);
    add(counter.durationCount(metric));
    add(counter.durationSeconds(metric), s);
    add(counter.durationBucket(metric, bucketOf(s)));
  };
  if (c.decision?.accepted) add(counter.accepted);
  if (c.decision && !c.decision.accepted) add(counter.rejected);
  if (c.finalResponse) add(counter.resolved);
  if ((c.reopenCount ?? 0) > 0) add(counter.reopened);
  if (ESCALATION_RANK[c.escalation.level] >= ESCALATION_RANK.SUPERVISOR) add(counter.escalated);
  duration('firstResponse', c.firstResponseAt);
  duration('acceptance', c.decision?.accepted ? c.decision.at : undefined);
  duration('resolution', c.finalResponse?.at);
  for (const clock of c.clocks) {
    if (clock.state === 'MET') add(counter.clock(clock.source, 'Met'));
    if (clock.state === 'BREACHED') add(counter.clock(clock.source, 'Breached'));
  }
  // Every rating counts, the one that reopened the complaint too: satisfaction is with each answer given.
  for (const feedback of feedbackHistoryOf(c)) {
    add(counter.rated);
    add(counter.ratingSum, feedback.rating);
    add(counter.rating(feedback.rating));
    if (feedback.resolved) add(counter.saidResolved);
  }
  return {
    organizationId: c.organizationId,
    day: c.receivedOn ?? c.receivedAt.slice(0, 10),
    groups: {
      ALL: c.organizationId,
      CATEGORY: c.category,
      PRODUCT: c.product ?? NONE_KEY,
      RESPONDENT: c.respondent.name,
      CHANNEL: c.channel,
      REGION: c.region ?? NONE_KEY,
      OUTCOME: outcomeOf(c),
    },
    counters,
  };
}

const cellId = (dimension: string, day: string, key: string) => JSON.stringify([dimension, day, key]);

/**
 * What to add to each cell so that `before`'s contribution becomes `after`'s (either may
 * be absent). Cells whose counters would not change are left out.
 */
export function factsDelta(before: ComplaintFacts | null, after: ComplaintFacts | null): StatsCell[] {
  const cells = new Map<string, StatsCell>();
  const apply = (facts: ComplaintFacts | null, sign: 1 | -1) => {
    if (!facts) return;
    for (const dimension of DIMENSIONS) {
      const key = facts.groups[dimension];
      const id = cellId(dimension, facts.day, key);
      const cell = cells.get(id) ?? { dimension, day: facts.day, key, counters: {} };
      for (const [name, n] of Object.entries(facts.counters)) cell.counters[name] = (cell.counters[name] ?? 0) + sign * n;
      cells.set(id, cell);
    }
  };
  apply(before, -1);
  apply(after, 1);
  const out: StatsCell[] = [];
  for (const cell of cells.values()) {
    const counters = Object.fromEntries(Object.entries(cell.counters).filter(([, n]) => n !== 0));
    if (Object.keys(counters).length > 0) out.push({ ...cell, counters });
  }
  return out;
}
