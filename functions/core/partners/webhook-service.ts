import type { Clock } from '../clock';
import type { Complaint, ComplaintChange, Notification } from '../complaint';
import { DomainError, invalidInput } from '../errors';
import type { Caller } from '../identity';
import { PARTNER_ID, PARTNER_ID_RULE } from './api-keys';
import type { Webhook, WebhookPoster, WebhookStore } from './ports';
import type { TargetPolicy } from './webhook-targets';
import { notificationKey, partnerToTell, signedHeaders, validateWebhook, webhookPayload, withWebhookNotice } from './webhooks';

/** A webhook as an administrator sees it: never its signing secret. */
export type PublicWebhook = Omit<Webhook, 'secret' | 'organizationId'>;

/**
 * Whose webhook a caller registers: a partner its own (naming no other partner), an
 * administrator the partner it names, in the administrator's organization.
 */
export function webhookOwner(caller: Caller, partnerId: string | null | undefined): { organizationId: string; partnerId: string } {
  switch (caller.kind) {
    case 'PARTNER':
      if (partnerId && partnerId !== caller.partnerId) throw new DomainError('FORBIDDEN', "A partner registers its own webhook, not another partner's.");
      return { organizationId: caller.organizationId, partnerId: caller.partnerId };
    case 'STAFF': {
      if (!partnerId?.trim()) throw invalidInput([{ field: 'partnerId', message: 'is required when an administrator registers a webhook' }]);
      // Only an id a partner's API key can carry: any other would be a webhook no complaint ever posts to.
      if (!PARTNER_ID.test(partnerId.trim())) throw invalidInput([{ field: 'partnerId', message: PARTNER_ID_RULE }]);
      return { organizationId: caller.organizationId, partnerId: partnerId.trim() };
    }
    case 'ANONYMOUS':
      throw new DomainError('UNAUTHENTICATED', 'Sign in (or send a partner API key) to register a webhook.');
  }
}

/** The organization's webhooks, without their secrets, by partner id. */
export async function listWebhooks(webhooks: WebhookStore, organizationId: string): Promise<PublicWebhook[]> {
  const all = await webhooks.listWebhooks(organizationId);
  return all.map(({ partnerId, url, createdAt }) => ({ partnerId, url, createdAt })).sort((a, b) => a.partnerId.localeCompare(b.partnerId));
}

/** Stops posting to the partner's webhook; false when it had none. */
export const deleteWebhook = (webhooks: WebhookStore, organizationId: string, partnerId: string): Promise<boolean> => webhooks.deleteWebhook(organizationId, partnerId);

/** Registers (or replaces) a partner's webhook. */
export async function registerWebhook(
  deps: { webhooks: WebhookStore; clock: Clock },
  partner: { organizationId: string; partnerId: string },
  url: string,
  secret: string,
  policy: TargetPolicy,
): Promise<Webhook> {
  const valid = validateWebhook(url, secret, policy);
  const webhook: Webhook = { ...partner, ...valid, createdAt: deps.clock.now().toISOString() };
  await deps.webhooks.saveWebhook(webhook);
  return webhook;
}

/**
 * Adds the submitting partner's WEBHOOK notification to a change that moves its
 * complaint to another status. The webhook is read (one GetItem) only for such changes.
 */
export async function addWebhookNotice(webhooks: WebhookStore | undefined, before: Complaint, change: ComplaintChange): Promise<ComplaintChange> {
  const partnerId = partnerToTell(before, change);
  if (!partnerId || !webhooks) return change;
  const webhook = await webhooks.getWebhook(change.complaint.organizationId, partnerId);
  return withWebhookNotice(before, change, webhook !== null);
}

/**
 * Posts one WEBHOOK notification, signed. 'SKIPPED' when the partner has no webhook any
 * more; throws when the target is refused, or the receiver refuses or cannot be reached,
 * so the workflow retries.
 */
export async function deliverWebhook(
  deps: { webhooks: WebhookStore; poster: WebhookPoster; clock: Clock },
  n: Notification,
  complaint: Complaint,
): Promise<{ state: 'SENT'; deliveryId: string } | { state: 'SKIPPED' }> {
  const webhook = await deps.webhooks.getWebhook(complaint.organizationId, n.recipient);
  if (!webhook) return { state: 'SKIPPED' };
  const body = JSON.stringify(webhookPayload(n, complaint));
  const deliveryId = notificationKey(n);
  await deps.poster.post(webhook.url, body, {
    'content-type': 'application/json; charset=utf-8',
    ...signedHeaders(webhook.secret, deliveryId, deps.clock.now(), body),
  });
  return { state: 'SENT', deliveryId };
}
