import type { NotificationKind, NotificationState } from './complaint';
import { complainantKey } from './data-protection';
import type { Logger } from './logger';
import { METRIC } from './metric-names';
import type { Metrics } from './metrics';
import type { ComplaintStore } from './ports';

/** What the email provider says became of a sent message (SES's delivery, bounce and complaint events). */
export interface DeliveryEvent {
  /** The provider's message id, as the mailer returned it when sending. */
  messageId: string;
  type: 'DELIVERY' | 'BOUNCE' | 'COMPLAINT';
  /** For a bounce: Permanent is a hard bounce; Transient and Undetermined are soft. */
  bounceType?: 'Permanent' | 'Transient' | 'Undetermined';
  /** When it happened (ISO 8601). */
  at: string;
}

/** Which email of which complaint a provider message id belongs to. */
export interface SentEmail {
  complaintId: string;
  version: number;
  kind: NotificationKind;
  recipient: string;
}

/** Why an address is no longer emailed. */
export type SuppressionReason = 'BOUNCED' | 'COMPLAINED';

export interface DeliveryEventStore {
  /** The email sent with this message id: the store keeps a lookup when an email is saved SENT with one. */
  sentEmail(messageId: string): Promise<SentEmail | null>;
  /** Moves the email to `state` if it is in one of `from`; false when it was not (a repeated or late event). */
  moveEmail(email: SentEmail, state: NotificationState, from: readonly NotificationState[], updatedAt: string): Promise<boolean>;
  /** Stops emailing an address in the organization, by the hash of the address (the address is never stored again). */
  suppress(organizationId: string, addressHash: string, reason: SuppressionReason, at: string): Promise<void>;
  isSuppressed(organizationId: string, addressHash: string): Promise<boolean>;
}

export interface DeliveryEventDependencies {
  store: Pick<ComplaintStore, 'get'>;
  events: DeliveryEventStore;
  logger: Logger;
  metrics?: Metrics;
}

/**
 * Each outcome and the states it may follow. Events come at least once and in any order, so an
 * email only moves forward: a late DELIVERY never undoes BOUNCED or COMPLAINED, a repeat changes nothing.
 */
const MOVES: Record<'DELIVERED' | 'SOFT_BOUNCED' | 'BOUNCED' | 'COMPLAINED', readonly NotificationState[]> = {
  DELIVERED: ['SENT'],
  SOFT_BOUNCED: ['SENT', 'DELIVERED'],
  BOUNCED: ['SENT', 'DELIVERED', 'SOFT_BOUNCED'],
  COMPLAINED: ['SENT', 'DELIVERED', 'SOFT_BOUNCED'],
};

const outcomeOf = (event: DeliveryEvent): keyof typeof MOVES => {
  if (event.type === 'DELIVERY') return 'DELIVERED';
  if (event.type === 'COMPLAINT') return 'COMPLAINED';
  return event.bounceType === 'Permanent' ? 'BOUNCED' : 'SOFT_BOUNCED';
};

export type DeliveryEventOutcome =
  /** No email of the platform has this message id (yet: its lookup is written just after the send). */
  | 'UNKNOWN_MESSAGE'
  /** The email was already in this state or past it. */
  | 'UNCHANGED'
  | 'RECORDED';

/**
 * Records what became of a sent email. After a hard bounce or a spam complaint on an email to
 * the complainant, their address is suppressed in the organization: later emails to it are
 * marked SUPPRESSED instead of sent (core/notifications.ts), and the complaint shows
 * complainantEmailUndeliverable to staff. The complainant can still follow it on the portal.
 */
export async function recordDeliveryEvent(deps: DeliveryEventDependencies, event: DeliveryEvent): Promise<DeliveryEventOutcome> {
  const email = await deps.events.sentEmail(event.messageId);
  if (!email) return 'UNKNOWN_MESSAGE';
  const state = outcomeOf(event);
  // Suppressed before the email is marked, so whoever sees it BOUNCED or COMPLAINED also sees the address
  // suppressed; suppressing again is harmless, so a repeated event after a failure in between still suppresses.
  if ((state === 'BOUNCED' || state === 'COMPLAINED') && email.recipient === 'COMPLAINANT' && email.kind !== 'WEBHOOK') {
    const complaint = await deps.store.get(email.complaintId);
    const address = complaint?.complainant.email;
    if (complaint && address) await deps.events.suppress(complaint.organizationId, complainantKey(address), state, event.at);
  }
  const moved = await deps.events.moveEmail(email, state, MOVES[state], event.at);
  // Hard bounces only, once each: they are what SES's bounce rate counts.
  if (moved && state === 'BOUNCED') deps.metrics?.count(METRIC.EmailsBounced);
  deps.logger.info('delivery_event.recorded', { complaintId: email.complaintId, code: event.type, state: moved ? state : 'UNCHANGED' });
  return moved ? 'RECORDED' : 'UNCHANGED';
}
