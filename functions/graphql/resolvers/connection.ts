import { DomainError } from '../../core/errors';
import type { ComplaintList, ListQuery } from '../../core/ports';
import type { GraphqlContext } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';

const PAGE_MAX = 100;

/** A list's `first`: 20 when absent, BAD_USER_INPUT outside 1 to 100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX) {
    throw new DomainError('BAD_USER_INPUT', `first: must be between 1 and ${PAGE_MAX}`, [{ field: 'first', message: `must be between 1 and ${PAGE_MAX}` }]);
  }
  return size;
}

/** One page of a complaint list as a Relay connection. */
export async function connection(ctx: GraphqlContext, list: ComplaintList, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const query: ListQuery = {
    organizationId: ctx.services.settingsDefaults.organizationId,
    list,
    first: size,
    after: after ? decodeCursor(after) : undefined,
    now: ctx.services.clock.now(),
  };
  const page = await ctx.services.store.list(query);
  const edges = page.items.map(({ complaint, position }) => ({ node: complaint, cursor: encodeCursor(position) }));
  // A page cut short by the store's read cap goes on from the last item read, which may be past the last edge.
  const endCursor = page.endPosition ? encodeCursor(page.endPosition) : (edges.at(-1)?.cursor ?? null);
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor } };
}
