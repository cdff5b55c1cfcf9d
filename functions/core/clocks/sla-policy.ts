import type { Priority } from '../../graphql/generated/types';
import type { ClockDefinition, ClockEvent } from './clock-definitions';
import type { Duration } from './durations';

export type { Priority };

export interface SlaTarget {
  /** Matched case-insensitively; absent matches any category. */
  category?: string;
  priority: Priority;
  firstResponse?: Duration;
  acceptanceDecision?: Duration;
  resolution?: Duration;
}

export interface SlaPolicy {
  targets: SlaTarget[];
}

/** A common helpdesk scheme: the urgent tiers in business hours, the rest in working days. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  targets: [
    { priority: 'URGENT', firstResponse: { amount: 10 / 60, unit: 'BUSINESS_HOURS' }, resolution: { amount: 2, unit: 'BUSINESS_HOURS' } },
    { priority: 'HIGH', firstResponse: { amount: 0.5, unit: 'BUSINESS_HOURS' }, resolution: { amount: 8, unit: 'BUSINESS_HOURS' } },
    {
      priority: 'NORMAL',
      firstResponse: { amount: 1, unit: 'WORKING_DAYS' },
      acceptanceDecision: { amount: 3, unit: 'WORKING_DAYS' },
      resolution: { amount: 15, unit: 'WORKING_DAYS' },
    },
    { priority: 'LOW', firstResponse: { amount: 2, unit: 'WORKING_DAYS' }, resolution: { amount: 30, unit: 'WORKING_DAYS' } },
  ],
};

export const SLA_CLOCKS: Array<{ target: 'firstResponse' | 'acceptanceDecision' | 'resolution'; id: string; stopsOn: ClockEvent; label: ClockDefinition['label'] }> = [
  { target: 'firstResponse', id: 'SLA_FIRST_RESPONSE', stopsOn: 'FIRST_RESPONSE', label: { en: 'First response', zhCN: '首次回复' } },
  { target: 'acceptanceDecision', id: 'SLA_ACCEPTANCE', stopsOn: 'ACCEPTANCE_DECISION', label: { en: 'Decision on acceptance', zhCN: '受理决定' } },
  { target: 'resolution', id: 'SLA_RESOLUTION', stopsOn: 'RESOLUTION', label: { en: 'Resolution', zhCN: '处理完结' } },
];

/**
 * The SLA clocks for a complaint: from the first target for its priority and category,
 * else the first for its priority and any category. Every SLA clock runs from receipt
 * on the organization's calendar and pauses while the complainant is awaited.
 */
export function slaClocksFor(policy: SlaPolicy, category: string, priority: Priority): ClockDefinition[] {
  const forPriority = policy.targets.filter((t) => t.priority === priority);
  const wanted = category.toLowerCase();
  const target =
    forPriority.find((t) => t.category !== undefined && t.category.toLowerCase() === wanted) ?? forPriority.find((t) => t.category === undefined);
  if (!target) return [];
  return SLA_CLOCKS.flatMap(({ target: key, id, stopsOn, label }) => {
    const duration = target[key];
    return duration ? [{ id, source: 'SLA' as const, label, startsOn: 'RECEIVED' as const, stopsOn, ...duration, pausable: true }] : [];
  });
}
