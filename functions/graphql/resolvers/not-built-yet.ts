import { DomainError } from '../../core/errors';
import type { MutationResolvers, QueryResolvers } from '../generated/types';

/**
 * Operations of issue 9 whose schema is agreed but whose implementation is under way:
 * each refuses clearly until its module replaces it here.
 */
const notBuilt = (what: string) => () => {
  throw new DomainError('NOT_CONFIGURED', `${what} is not built yet.`);
};

export const NotBuiltQuery: Pick<QueryResolvers, 'webhooks'> = {
  webhooks: notBuilt('Listing webhooks'),
};

export const NotBuiltMutation: Pick<MutationResolvers, 'deleteWebhook'> = {
  deleteWebhook: notBuilt('Deleting webhooks'),
};
