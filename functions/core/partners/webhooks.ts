import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import type { Complaint, ComplaintChange, Notification } from '../complaint';
import { invalidInput, type FieldIssue } from '../errors';
import { notice } from '../lifecycle/steps';

/**
 * Webhooks: a partner registers a URL and a secret; every status change of a complaint
 * it submitted is queued as a WEBHOOK notification in the same transaction as the change
 * and posted by the workflow, signed with HMAC-SHA256 of the body under the secret.
 */
export const WEBHOOK_EVENT = 'complaint.status_changed';
export const SIGNATURE_HEADER = 'x-complaint-signature';
export const DELIVERY_HEADER = 'x-complaint-delivery';
export const WEBHOOK_SECRET_MIN = 16;
const WEBHOOK_SECRET_MAX = 256;
const URL_MAX = 2000;

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Literal addresses inside private, loopback, link-local or shared ranges (the metadata service among them). */
function isInternalAddress(hostname: string): boolean {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) {
    const [a, b] = bare.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (isIP(bare) === 6) {
    const lower = bare.toLowerCase();
    return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || lower.startsWith('::ffff:');
  }
  return false;
}

/**
 * A webhook URL must be https and must not name an internal address. In the local stack
 * (`allowLoopbackHttp`) http://127.0.0.1 and http://localhost are allowed too, for a
 * receiver on the same machine.
 */
export function validateWebhook(url: string, secret: string, options: { allowLoopbackHttp: boolean }): { url: string; secret: string } {
  const issues: FieldIssue[] = [];
  let parsed: URL | undefined;
  try {
    parsed = url.length <= URL_MAX ? new URL(url.trim()) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed) issues.push({ field: 'url', message: `must be an absolute URL of at most ${URL_MAX} characters` });
  else if (parsed.username || parsed.password) issues.push({ field: 'url', message: 'must not carry a user name or password' });
  else if (parsed.protocol === 'http:') {
    if (!options.allowLoopbackHttp || !LOOPBACK_NAMES.has(parsed.hostname)) issues.push({ field: 'url', message: 'must be https (http only to 127.0.0.1 or localhost in the local stack)' });
  } else if (parsed.protocol !== 'https:') issues.push({ field: 'url', message: 'must be https' });
  else if (!options.allowLoopbackHttp && isInternalAddress(parsed.hostname)) issues.push({ field: 'url', message: 'must not point at a private, loopback or link-local address' });

  const length = [...secret].length;
  if (length < WEBHOOK_SECRET_MIN || length > WEBHOOK_SECRET_MAX) issues.push({ field: 'secret', message: `must be ${WEBHOOK_SECRET_MIN} to ${WEBHOOK_SECRET_MAX} characters` });
  if (issues.length) throw invalidInput(issues);
  return { url: parsed!.toString(), secret };
}

/** `sha256=<hex HMAC-SHA256(secret, body)>`, as sent in x-complaint-signature. */
export const signature = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

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
