import { deadlinesAt } from '../../core/deadlines/deadlines';
import { PUBLIC_ACTIONS } from '../../core/complaint';
import type { RecordLoader } from '../context';
import type { ComplaintResolvers, ComplaintTrackingResolvers } from '../generated/types';

async function recordOf(id: string, records: RecordLoader) {
  const record = await records.load(id);
  if (!record) throw new Error('complaint record disappeared');
  return record;
}

export const Complaint: ComplaintResolvers = {
  deadlines: (c, _, ctx) => deadlinesAt(c, ctx.services.clock.now()),
  history: async (c, _, ctx) => (await recordOf(c.id, ctx.records)).history,
  notifications: async (c, _, ctx) => (await recordOf(c.id, ctx.records)).notifications,
};

export const ComplaintTracking: ComplaintTrackingResolvers = {
  deadlines: (c, _, ctx) => deadlinesAt(c, ctx.services.clock.now()),
  timeline: async (c, _, ctx) =>
    (await recordOf(c.id, ctx.records)).history.filter((e) => PUBLIC_ACTIONS.has(e.action)).map(({ at, action }) => ({ at, action })),
};
