import { eraseComplainantData, exportComplainantData } from '../../core/data-protection';
import { text } from '../../core/lifecycle/inputs';
import type { MutationResolvers, QueryResolvers } from '../generated/types';

export const DataProtectionQuery: Pick<QueryResolvers, 'exportComplainantData'> = {
  exportComplainantData: async (_, { email }, ctx) => {
    const records = await exportComplainantData(ctx.services.store, ctx.services.settingsDefaults.organizationId, text('email', email, 254));
    for (const record of records) ctx.records.prime(record);
    return { exportedAt: ctx.services.clock.now().toISOString(), complaints: records.map((r) => r.complaint) };
  },
};

export const DataProtectionMutation: Pick<MutationResolvers, 'eraseComplainantData'> = {
  eraseComplainantData: async (_, { email }, ctx) => ({
    erasedComplaints: await eraseComplainantData(ctx.services, ctx.services.settingsDefaults.organizationId, text('email', email, 254), ctx.actor),
  }),
};
