import { DomainError } from '../../core/errors';
import { publicApiKey } from '../../core/partners/api-keys';
import { createPartnerApiKey, listPartnerApiKeys, revokePartnerApiKey, rotatePartnerApiKey, type AdminScope } from '../../core/partners/api-key-service';
import type { PartnerStore } from '../../core/partners/ports';
import { deleteWebhook, listWebhooks, registerWebhook, webhookOwner } from '../../core/partners/webhook-service';
import type { GraphqlContext } from '../context';
import type { MutationResolvers, QueryResolvers } from '../generated/types';

/** The partner store, or a clear refusal on a deployment wired without one. */
function partnerStore(ctx: GraphqlContext): PartnerStore {
  if (!ctx.services.partners) throw new DomainError('NOT_CONFIGURED', 'Partner API keys and webhooks are not configured on this deployment.');
  return ctx.services.partners;
}

/** The guard has let only administrators through; their organization scopes every key. */
function admin(ctx: GraphqlContext): AdminScope {
  if (ctx.caller.kind !== 'STAFF') throw new DomainError('FORBIDDEN', 'Only staff manage API keys.');
  return { organizationId: ctx.caller.organizationId, staffId: ctx.caller.staffId };
}

const keyDeps = (ctx: GraphqlContext) => ({ keys: partnerStore(ctx), clock: ctx.services.clock });

const issued = ({ key, apiKey }: Awaited<ReturnType<typeof createPartnerApiKey>>) => ({ key: publicApiKey(key), apiKey });

export const PartnerQuery: Pick<QueryResolvers, 'partnerApiKeys' | 'webhooks'> = {
  partnerApiKeys: async (_, __, ctx) => (await listPartnerApiKeys(partnerStore(ctx), admin(ctx))).map(publicApiKey),
  webhooks: async (_, __, ctx) => listWebhooks(partnerStore(ctx), admin(ctx).organizationId),
};

export const PartnerMutation: Pick<MutationResolvers, 'createPartnerApiKey' | 'rotatePartnerApiKey' | 'revokePartnerApiKey' | 'registerWebhook' | 'deleteWebhook'> = {
  createPartnerApiKey: async (_, { partnerId, name }, ctx) => issued(await createPartnerApiKey(keyDeps(ctx), admin(ctx), partnerId, name)),

  rotatePartnerApiKey: async (_, { id }, ctx) => issued(await rotatePartnerApiKey(keyDeps(ctx), admin(ctx), id)),

  revokePartnerApiKey: async (_, { id }, ctx) => publicApiKey(await revokePartnerApiKey(keyDeps(ctx), admin(ctx), id)),

  registerWebhook: async (_, { url, secret, partnerId }, ctx) => {
    const owner = webhookOwner(ctx.caller, partnerId);
    const webhook = await registerWebhook({ webhooks: partnerStore(ctx), clock: ctx.services.clock }, owner, url, secret, {
      allowLocalHttp: ctx.services.developmentMode,
    });
    return { partnerId: webhook.partnerId, url: webhook.url, createdAt: webhook.createdAt };
  },

  deleteWebhook: (_, { partnerId }, ctx) => deleteWebhook(partnerStore(ctx), admin(ctx).organizationId, partnerId),
};
