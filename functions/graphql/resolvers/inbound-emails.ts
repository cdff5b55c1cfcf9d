import { DomainError } from '../../core/errors';
import type { InboundEmailService } from '../../core/inbound/receive-email';
import type { InboundEmailStore } from '../../core/inbound/inbound-email';
import { canSee } from '../../core/permissions';
import type { GraphqlContext } from '../context';
import type { InboundEmailResolvers, MutationResolvers, QueryResolvers } from '../generated/types';
import { pageSize } from './connection';

/** What staff are shown of a message's text; the schema promises at most this. */
export const INBOUND_TEXT_MAX = 20_000;

function inboundStore(ctx: GraphqlContext): InboundEmailStore {
  if (!ctx.services.inboundEmails) throw new DomainError('NOT_CONFIGURED', 'Inbound email is not configured on this deployment.');
  return ctx.services.inboundEmails;
}

function inboundService(ctx: GraphqlContext): InboundEmailService {
  if (!ctx.services.inbound) throw new DomainError('NOT_CONFIGURED', 'Inbound email is not configured on this deployment (INBOUND_ADDRESS, FILES_BUCKET).');
  return ctx.services.inbound;
}

const organizationOf = (ctx: GraphqlContext) => ctx.services.settingsDefaults.organizationId;

export const InboundEmailQuery: Pick<QueryResolvers, 'inboundEmails' | 'inboundEmail'> = {
  inboundEmails: async (_, { state, first, after }, ctx) => {
    const page = await inboundStore(ctx).list(organizationOf(ctx), { state: state ?? undefined, first: pageSize(first), after: after ?? undefined });
    return { nodes: page.items, pageInfo: { hasNextPage: page.endCursor !== undefined, endCursor: page.endCursor ?? null } };
  },

  inboundEmail: (_, { id }, ctx) => inboundStore(ctx).get(organizationOf(ctx), id),
};

export const InboundEmailMutation: Pick<MutationResolvers, 'reprocessInboundEmail'> = {
  reprocessInboundEmail: async (_, { id }, ctx) => {
    const record = await inboundService(ctx).reprocess(organizationOf(ctx), id);
    if (record.complaintId) ctx.records.forget(record.complaintId);
    return record;
  },
};

export const InboundEmail: InboundEmailResolvers = {
  complaint: async (e, _, ctx) => {
    const complaint = e.complaintId ? (await ctx.records.load(e.complaintId))?.complaint : undefined;
    return complaint && canSee(ctx.caller, complaint) ? complaint : null;
  },
  verdicts: (e) => e.verdicts ?? null,
  // Plain text only: never the HTML part as HTML, never an attachment.
  text: (e, _, ctx) => (ctx.services.inbound ? ctx.services.inbound.text(e, INBOUND_TEXT_MAX) : null),
};
