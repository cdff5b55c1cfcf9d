import type { Clock } from '../clock';
import type { Complaint, ComplaintChange, Notification } from '../complaint';
import type { Webhook, WebhookPoster, WebhookStore } from './ports';
import type { TargetPolicy } from './webhook-targets';
import { notificationKey, partnerToTell, signedHeaders, validateWebhook, webhookPayload, withWebhookNotice } from './webhooks';

/** Registers (or replaces) the calling partner's webhook. */
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
