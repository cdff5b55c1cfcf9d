import { DomainError } from '../../core/errors';
import { accessCodeMatches, normalizeReference } from '../../core/intake/codes';
import { decodeCursor, encodeCursor } from '../cursor';
import type { QueryResolvers } from '../generated/types';

const PAGE_MAX = 100;

export const Query: QueryResolvers = {
  complaint: async (_, { id }, ctx) => (await ctx.records.load(id))?.complaint ?? null,

  complaintByReference: async (_, { reference }, ctx) => (await ctx.records.loadByReference(normalizeReference(reference)))?.complaint ?? null,

  complaints: async (_, { filter, first, after }, ctx) => {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX) {
      throw new DomainError('BAD_USER_INPUT', `first: must be between 1 and ${PAGE_MAX}`, [{ field: 'first', message: `must be between 1 and ${PAGE_MAX}` }]);
    }
    const page = await ctx.services.store.list({
      organizationId: ctx.services.policy.organizationId,
      filter: {
        status: filter?.status ?? undefined,
        channel: filter?.channel ?? undefined,
        category: filter?.category?.trim() || undefined,
        receivedFrom: filter?.receivedFrom ?? undefined,
        receivedTo: filter?.receivedTo ?? undefined,
      },
      first: size,
      after: after ? decodeCursor(after) : undefined,
    });
    const edges = page.complaints.map((node) => ({ node, cursor: encodeCursor(node) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  },

  trackComplaint: async (_, { reference, accessCode }, ctx) => {
    const record = await ctx.records.loadByReference(normalizeReference(reference));
    // One answer for an unknown reference and a wrong code, so references cannot be probed.
    if (!record || !accessCodeMatches(record.complaint.id, accessCode, record.complaint.accessCodeHash)) {
      throw new DomainError('NOT_FOUND', 'No complaint matches this reference and access code.', [
        { field: 'accessCode', message: 'does not match the reference' },
      ]);
    }
    return record.complaint;
  },
};
