import { createHmac } from 'node:crypto';
import type { Complaint, ComplaintChange, Notification } from '../complaint';
import { invalidInput, type FieldIssue } from '../errors';
import { notice } from '../lifecycle/steps';
import { targetProblem, type TargetPolicy } from './webhook-targets';

/**
 * Webhooks: a partner registers a URL and a secret; every status change of a complaint
 * it submitted is queued as a WEBHOOK notification in the same transaction as the change
 * and posted by the workflow, signed as Standard Webhooks (https://www.standardwebhooks.com)
 * sign: the delivery id, the timestamp and the body, so any of its libraries verifies it
 * and a receiver can refuse a replayed old delivery.
 */
export const WEBHOOK_EVENT = 'complaint.status_changed';
export const WEBHOOK_SECRET_MIN = 16;
const WEBHOOK_SECRET_MAX = 256;
const URL_MAX = 2000;

/**
 * A webhook URL must be https to a host that is not an internal address (see
 * webhook-targets.ts); in the local stack http://127.0.0.1 and http://localhost are
 * allowed too, for a receiver on the same machine. A host name is resolved and checked
 * again at every delivery.
 */
export function validateWebhook(url: string, secret: string, policy: TargetPolicy): { url: string; secret: string } {
  const issues: FieldIssue[] = [];
  let parsed: URL | undefined;
  try {
    parsed = url.length <= URL_MAX ? new URL(url.trim()) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed) issues.push({ field: 'url', message: `must be an absolute URL of at most ${URL_MAX} characters` });
  else if (parsed.username || parsed.password) issues.push({ field: 'url', message: 'must not carry a user name or password' });
  else {
    const problem = targetProblem(parsed, policy);
    if (problem) issues.push({ field: 'url', message: problem });
  }

  const length = [...secret].length;
  if (length < WEBHOOK_SECRET_MIN || length > WEBHOOK_SECRET_MAX) issues.push({ field: 'secret', message: `must be ${WEBHOOK_SECRET_MIN} to ${WEBHOOK_SECRET_MAX} characters` });
  if (issues.length) throw invalidInput(issues);
  return { url: parsed!.toString(), secret };
}

/**
 * The Standard Webhooks headers of one attempt: `webhook-signature` is
 * `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, keyed with the UTF-8 bytes of
 * the registered secret (in the scheme's own notation the secret is
 * `whsec_<base64 of those bytes>`). The timestamp is the attempt's, in seconds: a retry
 * is signed afresh, so it is not refused as old.
 */
export function signedHeaders(secret: string, deliveryId: string, at: Date, body: string): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${deliveryId}.${timestamp}.${body}`, 'utf8').digest('base64');
  return { 'webhook-id': deliveryId, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${mac}` };
}

/** Stable across retries, so a receiver can drop a delivery it has already processed. */
export const notificationKey = (n: Pick<Notification, 'complaintId' | 'version' | 'kind' | 'recipient'>): string => `${n.complaintId}/${n.version}/${n.kind}/${n.recipient}`;

/** What is posted: no personal data, only where the complaint stands. */
export interface WebhookPayload {
  reference: string;
  status: string;
  at: string;
  event: string;
}

/** The body of a delivery, from what the change recorded (not the complaint's state when it is sent). */
export function webhookPayload(n: Notification, complaint: Pick<Complaint, 'reference' | 'status'>): WebhookPayload {
  return { reference: complaint.reference, status: n.detail?.status ?? complaint.status, at: n.detail?.at ?? n.updatedAt, event: n.detail?.event ?? WEBHOOK_EVENT };
}

/** Whether a change moves a partner's complaint to another status, which its webhook is told of. */
export const partnerToTell = (before: Complaint, change: ComplaintChange): string | undefined =>
  change.complaint.submittedBy !== undefined && change.complaint.status !== before.status ? change.complaint.submittedBy : undefined;

/** The change with a WEBHOOK notification for the submitting partner added, when it changes the status and the partner has a webhook. */
export function withWebhookNotice(before: Complaint, change: ComplaintChange, partnerHasWebhook: boolean): ComplaintChange {
  const partnerId = partnerToTell(before, change);
  if (!partnerId || !partnerHasWebhook) return change;
  const at = change.audit.at;
  const webhook = notice(change.complaint, 'WEBHOOK', new Date(at), partnerId, { status: change.complaint.status, at, event: WEBHOOK_EVENT });
  return { ...change, notifications: [...(change.notifications ?? []), webhook] };
}
