import { normalizeReference } from '../../core/intake/codes';
import { openWithAccessCode } from '../../core/lifecycle/service';
import { ESCALATION_RANK } from '../../core/lifecycle/queues';
import type { QueryResolvers } from '../generated/types';
import { connection } from './connection';

export const Query: QueryResolvers = {
  complaint: async (_, { id }, ctx) => (await ctx.records.load(id))?.complaint ?? null,

  complaintByReference: async (_, { reference }, ctx) => (await ctx.records.loadByReference(normalizeReference(reference)))?.complaint ?? null,

  complaints: (_, { filter, first, after }, ctx) =>
    connection(
      ctx,
      {
        kind: 'all',
        filter: {
          status: filter?.status ?? undefined,
          channel: filter?.channel ?? undefined,
          category: filter?.category?.trim() || undefined,
          receivedFrom: filter?.receivedFrom ?? undefined,
          receivedTo: filter?.receivedTo ?? undefined,
        },
      },
      first,
      after,
    ),

  handlerQueue: (_, { handlerId, first, after }, ctx) => connection(ctx, { kind: 'handler', handlerId }, first, after),

  escalatedComplaints: (_, { atLeast, first, after }, ctx) =>
    connection(ctx, { kind: 'escalated', atLeastRank: Math.max(1, ESCALATION_RANK[atLeast ?? 'SUPERVISOR']) }, first, after),

  trackComplaint: async (_, { reference, accessCode }, ctx) => {
    const record = await openWithAccessCode(ctx.services.store, reference, accessCode);
    ctx.records.prime(record);
    return record.complaint;
  },

  organizationSettings: (_, __, ctx) => ctx.settings(),
};
