import { emergingTopics } from '../../core/analytics/emerging-topics';
import { hotspots } from '../../core/analytics/hotspots';
import type { StatsStore } from '../../core/analytics/ports';
import { complaintStatistics } from '../../core/analytics/statistics';
import { complaintTrend } from '../../core/analytics/trend';
import { DomainError } from '../../core/errors';
import type { GraphqlContext } from '../context';
import type { QueryResolvers } from '../generated/types';

/** The aggregates, or a clear refusal on a deployment wired without them. */
export function statsStore(ctx: GraphqlContext): StatsStore {
  if (!ctx.services.stats) throw new DomainError('NOT_CONFIGURED', 'Analytics are not configured on this deployment.');
  return ctx.services.stats;
}

/** The guard has let only staff through; the context scoped them to their organization. */
const organization = (ctx: GraphqlContext) => ctx.services.settingsDefaults.organizationId;

export const AnalyticsQuery: Pick<QueryResolvers, 'complaintStatistics' | 'complaintTrend' | 'hotspots' | 'emergingTopics'> = {
  complaintStatistics: (_, { period, groupBy, first }, ctx) => complaintStatistics(statsStore(ctx), organization(ctx), period, groupBy, first),

  complaintTrend: (_, { period, granularity, dimension, key }, ctx) => complaintTrend(statsStore(ctx), organization(ctx), period, granularity, dimension, key),

  hotspots: (_, { period, dimension, first, falseDiscoveryRate }, ctx) => hotspots(statsStore(ctx), organization(ctx), period, dimension, first, falseDiscoveryRate),

  // Every role that reads the figures may read a complaint, so the examples quote it.
  emergingTopics: async (_, { period, first, falseDiscoveryRate }, ctx) =>
    emergingTopics(ctx.services.store, { organizationId: organization(ctx), timeZone: (await ctx.settings()).timeZone, period, first, falseDiscoveryRate, excerpts: true }),
};
