import type { ClockSource, Outcome } from '../../../functions/graphql/generated/types';
import type { Complaint } from '../../../functions/core/complaint';
import { InMemoryStatsStore } from '../../harness/in-memory-stats-store';
import { receivedComplaint } from '../lifecycle/fixtures';

export const ORG = 'acme';

/** What a complaint went through, in hours after receipt. */
export interface History {
  category?: string;
  organizationId?: string;
  firstResponseAfterHours?: number;
  acceptedAfterHours?: number;
  rejected?: boolean;
  resolvedAfterHours?: number;
  outcome?: Outcome;
  rating?: number;
  saidResolved?: boolean;
  reopened?: boolean;
  escalated?: boolean;
  /** Clocks that finished, by source. */
  clocks?: Array<[ClockSource, 'MET' | 'BREACHED']>;
}

let sequence = 0;

/** A complaint received at 10:00 Shanghai time on `day`, with the history given. */
export function complaintOn(day: string, history: History = {}): Complaint {
  const base = receivedComplaint({ category: history.category ?? 'Mobile network' });
  const receivedAt = new Date(`${day}T02:00:00.000Z`);
  const after = (hours: number | undefined) => (hours === undefined ? undefined : new Date(receivedAt.getTime() + hours * 3_600_000).toISOString());
  sequence += 1;
  return {
    ...base,
    id: `c${sequence}`,
    organizationId: history.organizationId ?? ORG,
    receivedAt: receivedAt.toISOString(),
    receivedOn: day,
    firstResponseAt: after(history.firstResponseAfterHours),
    decision:
      history.acceptedAfterHours !== undefined
        ? { accepted: true, at: after(history.acceptedAfterHours)! }
        : history.rejected
          ? { accepted: false, reason: 'DUPLICATE', at: after(1)! }
          : undefined,
    finalResponse:
      history.resolvedAfterHours === undefined
        ? undefined
        : {
            outcome: history.outcome ?? 'UPHELD',
            reasons: 'R',
            remedies: ['APOLOGY'],
            followUpMeasures: 'F',
            rootCause: 'OTHER',
            furtherRecourse: 'X',
            at: after(history.resolvedAfterHours)!,
          },
    feedback: history.rating === undefined ? undefined : { rating: history.rating, resolved: history.saidResolved ?? false, at: after(500)! },
    reopenCount: history.reopened ? 1 : 0,
    escalation: history.escalated ? { level: 'SUPERVISOR' } : { level: 'NONE' },
    clocks: (history.clocks ?? []).map(([source, state], i) => ({ ...base.clocks[0], id: `clock-${i}`, source, state })),
  };
}

/** `n` complaints on `day` with the same history. */
export const complaintsOn = (day: string, n: number, history: History = {}): Complaint[] => Array.from({ length: n }, () => complaintOn(day, history));

/** The aggregates of these complaints, as the stream handler would leave them. */
export async function statsOf(...complaints: Complaint[]): Promise<InMemoryStatsStore> {
  const stats = new InMemoryStatsStore();
  await stats.add(...complaints);
  return stats;
}
