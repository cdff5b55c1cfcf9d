import { normalizeReference } from '../../core/intake/codes';
import { openWithAccessCode } from '../../core/lifecycle/service';
import { ESCALATION_RANK } from '../../core/lifecycle/queues';
import type { Complaint } from '../../core/complaint';
import { invalidInput } from '../../core/errors';
import { parseSearch } from '../../core/search/query';
import { actorOf } from '../../core/identity';
import { canSee } from '../../core/permissions';
import type { GraphqlContext } from '../context';
import type { QueryResolvers } from '../generated/types';

/** Another organization's complaint, or another partner's, is answered as if it did not exist. */
const visible = (ctx: GraphqlContext, complaint: Complaint | undefined) => (complaint && canSee(ctx.caller, complaint) ? complaint : null);
import { connection } from './connection';

export const Query: QueryResolvers = {
  complaint: async (_, { id }, ctx) => visible(ctx, (await ctx.records.load(id))?.complaint),

  complaintByReference: async (_, { reference }, ctx) => visible(ctx, (await ctx.records.loadByReference(normalizeReference(reference)))?.complaint),

  viewer: (_, __, { caller }) => ({
    kind: actorOf(caller).kind,
    organizationId: caller.kind === 'ANONYMOUS' ? null : caller.organizationId,
    id: actorOf(caller).id ?? null,
    role: caller.kind === 'STAFF' ? caller.role : null,
  }),

  complaints: (_, { filter, first, after }, ctx) => {
    if (filter?.handlerId && filter.unassigned === true) {
      throw invalidInput([{ field: 'filter.unassigned', message: 'cannot be true with a handlerId: an unassigned complaint has no handler' }]);
    }
    return connection(
      ctx,
      {
        kind: 'all',
        filter: {
          status: filter?.status ?? undefined,
          channel: filter?.channel ?? undefined,
          category: filter?.category?.trim() || undefined,
          receivedFrom: filter?.receivedFrom ?? undefined,
          receivedTo: filter?.receivedTo ?? undefined,
          handlerId: filter?.handlerId ?? undefined,
          teamId: filter?.teamId ?? undefined,
          unassigned: filter?.unassigned ?? undefined,
          clockState: filter?.clockState ?? undefined,
          search: typeof filter?.search === 'string' ? parseSearch(filter.search) : undefined,
        },
      },
      first,
      after,
    );
  },

  handlerQueue: (_, { handlerId, first, after }, ctx) => connection(ctx, { kind: 'handler', handlerId }, first, after),

  escalatedComplaints: (_, { atLeast, first, after }, ctx) =>
    connection(ctx, { kind: 'escalated', atLeastRank: Math.max(1, ESCALATION_RANK[atLeast ?? 'SUPERVISOR']) }, first, after),

  complaintsWithDuplicates: (_, { first, after }, ctx) => connection(ctx, { kind: 'duplicates' }, first, after),

  trackComplaint: async (_, { reference, accessCode }, ctx) => {
    const record = await openWithAccessCode(ctx.services.store, reference, accessCode);
    ctx.records.prime(record);
    return record.complaint;
  },

  organizationSettings: (_, __, ctx) => ctx.settings(),
};
