import type { Clock } from './clock';
import type { Notification } from './complaint';
import { complainantKey } from './data-protection';
import type { DeliveryEventStore } from './delivery-events';
import { errorName, type Logger } from './logger';
import { METRIC } from './metric-names';
import type { Metrics } from './metrics';
import { renderNotice } from './messages/render-notice';
import { settingsOf } from './organization/load-settings';
import { staffById, type SettingsDefaults } from './organization/settings';
import type { ComplaintStore, Mailer } from './ports';
import type { ReplyAddresses } from './inbound/reply-address';
import type { WebhookPoster, WebhookStore } from './partners/ports';
import { deliverWebhook } from './partners/webhook-service';

export interface NotificationDependencies {
  store: ComplaintStore;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  settingsDefaults: SettingsDefaults;
  trackingUrl: string;
  /** Partners' webhooks (read when a WEBHOOK notification is delivered, and by system steps that change a status). */
  webhooks?: WebhookStore;
  /** Posts WEBHOOK notifications; without it they fail (and are retried) rather than vanish. */
  webhookPoster?: WebhookPoster;
  /** Addresses that bounced for good or complained (core/delivery-events.ts): emails to them are SUPPRESSED, not sent. */
  suppressions?: Pick<DeliveryEventStore, 'isSuppressed'>;
  /** The complaints' reply addresses (INBOUND_ADDRESS): without them emails to complainants carry no Reply-To. */
  replyAddresses?: ReplyAddresses;
  metrics?: Metrics;
}

export class WebhooksNotConfigured extends Error {
  constructor() {
    super('no webhook store or poster is wired');
    this.name = 'WebhooksNotConfigured';
  }
}

export class NotificationsFailed extends Error {
  constructor(readonly count: number) {
    super(`${count} notification(s) could not be sent`);
    this.name = 'NotificationsFailed';
  }
}

/** Long enough for any send; a claim left by a crashed execution is taken over after it. */
const CLAIM_MS = 5 * 60_000;

/** Still to send: queued, failed, or claimed by a send whose claim has expired (cut off mid-way). */
export const waiting = (n: Notification, now: Date) =>
  n.state === 'PENDING' || n.state === 'FAILED' || (n.state === 'SENDING' && (n.claimedUntil === undefined || new Date(n.claimedUntil) < now));

/**
 * Sends every queued or failed email (and posts every WEBHOOK notification) of a
 * complaint, oldest first, and records each outcome. Each is claimed first, so two executions running at once (an older one not
 * yet superseded) do not both send it; a sent or skipped email is left alone. When any
 * send fails it throws after trying the rest, so the workflow retries.
 */
export async function sendPendingNotifications(deps: NotificationDependencies, complaintId: string): Promise<{ sent: number }> {
  const record = await deps.store.getRecord(complaintId);
  if (!record) throw new Error('complaint not found');
  // Escalation recipients are staff of the complaint's own organization.
  const settings = await settingsOf(deps.store, deps.settingsDefaults, record.complaint);
  const due = record.notifications.filter((n) => waiting(n, deps.clock.now())).sort((a, b) => a.version - b.version);
  let sent = 0;
  let failed = 0;
  const address = record.complaint.complainant.email;
  let suppressed: Promise<boolean> | undefined;
  // Asked once per run, and only when an email to the complainant is due.
  const complainantSuppressed = () => (suppressed ??= address && deps.suppressions ? deps.suppressions.isSuppressed(record.complaint.organizationId, complainantKey(address)) : Promise.resolve(false));
  for (const n of due) {
    const updatedAt = () => deps.clock.now().toISOString();
    const now = deps.clock.now();
    if (!(await deps.store.claimNotification(n, now.toISOString(), new Date(now.getTime() + CLAIM_MS).toISOString()))) continue;
    const to = n.kind === 'WEBHOOK' ? n.recipient : n.recipient === 'COMPLAINANT' ? record.complaint.complainant.email : staffById(settings, n.recipient)?.email;
    if (!to) {
      await deps.store.saveNotification({ ...n, state: 'SKIPPED', updatedAt: updatedAt() });
      continue;
    }
    if (n.kind !== 'WEBHOOK' && n.recipient === 'COMPLAINANT' && (await complainantSuppressed())) {
      await deps.store.saveNotification({ ...n, state: 'SUPPRESSED', updatedAt: updatedAt() });
      continue;
    }
    try {
      let messageId: string;
      if (n.kind === 'WEBHOOK') {
        if (!deps.webhooks || !deps.webhookPoster) throw new WebhooksNotConfigured();
        const delivery = await deliverWebhook({ webhooks: deps.webhooks, poster: deps.webhookPoster, clock: deps.clock }, n, record.complaint);
        if (delivery.state === 'SKIPPED') {
          // The partner removed its webhook meanwhile: nothing to post to.
          await deps.store.saveNotification({ ...n, state: 'SKIPPED', updatedAt: updatedAt(), claimedUntil: undefined });
          continue;
        }
        messageId = delivery.deliveryId;
      } else {
        // Only the complainant's replies can join the complaint; a member of staff's would not be theirs.
        const replyTo = n.recipient === 'COMPLAINANT' ? await deps.replyAddresses?.forComplaint(record.complaint.reference) : undefined;
        const message = renderNotice(n, record.complaint, {
          trackingUrl: deps.trackingUrl,
          timeZone: settings.timeZone,
          staffName: (id) => staffById(settings, id)?.name,
          staffLanguage: (id) => staffById(settings, id)?.language,
          replyable: replyTo !== undefined,
        });
        messageId = (await deps.mailer.send({ to, ...message, replyTo })).messageId;
      }
      await deps.store.saveNotification({ ...n, state: 'SENT', attempts: n.attempts + 1, updatedAt: updatedAt(), messageId, lastError: undefined, claimedUntil: undefined });
      sent += 1;
      // The SES message id (or the webhook's delivery id) ties this line to the provider's records and delivery events.
      deps.logger.info('notification.sent', { complaintId, code: n.kind, messageId });
      if (n.kind !== 'WEBHOOK') deps.metrics?.count(METRIC.EmailsSent);
    } catch (error) {
      failed += 1;
      deps.metrics?.count(n.kind === 'WEBHOOK' ? METRIC.WebhookDeliveriesFailed : METRIC.EmailsFailed);
      await deps.store.saveNotification({ ...n, state: 'FAILED', attempts: n.attempts + 1, updatedAt: updatedAt(), lastError: errorName(error), claimedUntil: undefined });
      deps.logger.warn('notification.send_failed', { complaintId, code: n.kind, errorName: errorName(error), count: n.attempts + 1 });
    }
  }
  if (failed) throw new NotificationsFailed(failed);
  return { sent };
}
