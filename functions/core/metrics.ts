import type { Complaint, ComplaintChange } from './complaint';
import { METRIC, type MetricDimensions, type MetricName } from './metric-names';

/** Counts of what happened, for the operators' dashboard and alarms (names in metric-names.ts). */
export interface Metrics {
  count(name: MetricName, dimensions?: MetricDimensions): void;
}

/** Where nothing is published (the local stack, tests of other things). */
export const noMetrics: Metrics = { count: () => undefined };

/**
 * Counts what a committed change did: a complaint received, accepted, resolved,
 * escalated, and each clock it took past its due instant (by the clock's source), whichever
 * step did it: a person's, the workflow's, or a clock stopped late. `before` is the version
 * the change was decided on (null for a new complaint).
 */
export function countChange(metrics: Metrics, before: Complaint | null, change: ComplaintChange): void {
  const { complaint } = change;
  for (const { action } of [...(change.precedingAudits ?? []), change.audit]) {
    if (action === 'COMPLAINT_RECEIVED') metrics.count(METRIC.ComplaintsReceived, { Channel: complaint.channel });
    else if (action === 'ACCEPTED') metrics.count(METRIC.ComplaintsAccepted);
    else if (action === 'RESOLVED') metrics.count(METRIC.ComplaintsResolved);
    else if (action === 'ESCALATED') metrics.count(METRIC.Escalations, { Level: complaint.escalation.level });
  }
  const breachedBefore = new Set(before?.clocks.filter((c) => c.state === 'BREACHED').map((c) => c.id));
  for (const clock of complaint.clocks) {
    if (clock.state === 'BREACHED' && !breachedBefore.has(clock.id)) metrics.count(METRIC.ClocksBreached, { Source: clock.source });
  }
}
