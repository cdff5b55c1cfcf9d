import type { Notification } from './complaint';
import { errorName } from './logger';
import { METRIC } from './metric-names';
import { sendPendingNotifications, waiting, type NotificationDependencies } from './notifications';

/** The outbox's schedule runs this often (infra/constructs/notification-outbox.ts; locally the stack's timer). */
export const RETRY_SCHEDULE_MINUTES = 15;
/** The first scheduled try waits this long after the last failed attempt; each further one twice as long, up to the cap. */
const FIRST_WAIT_MS = RETRY_SCHEDULE_MINUTES * 60_000;
const LONGEST_WAIT_MS = 6 * 60 * 60_000;
/** Scheduled tries after the stream's own: 15 min, 30 min, 1 h, 2 h, 4 h, then 6 h apart, about a day in all. */
export const SCHEDULED_TRIES = 8;
/** How many unsettled notifications one run reads (the latest changes first). */
const READ_LIMIT = 500;

export interface RetryOutcome {
  /** Complaints whose waiting notifications were sent again (all of them went out). */
  sent: number;
  /** Complaints where a send failed again: tried later, until the tries run out. */
  failed: number;
  /** Notifications past their last scheduled try: they wait for an operator's resend. */
  givenUp: number;
}

/**
 * Whether a notification is due for a scheduled try. `streamAttempts` is how many attempts
 * the table stream made before giving up (the outbox mapping's retries and the first): the
 * schedule counts its own tries after those. A SENDING one is due once its claim has expired
 * (a send cut off mid-way); a FAILED one after a wait that doubles with each scheduled try.
 */
export function retryDue(n: Notification, now: Date, streamAttempts: number): 'DUE' | 'WAIT' | 'GIVEN_UP' {
  if (n.state === 'SENDING') return waiting(n, now) ? 'DUE' : 'WAIT';
  if (n.state !== 'FAILED') return 'WAIT';
  const tries = Math.max(0, n.attempts - streamAttempts);
  if (tries >= SCHEDULED_TRIES) return 'GIVEN_UP';
  const wait = Math.min(FIRST_WAIT_MS * 2 ** tries, LONGEST_WAIT_MS);
  return now.getTime() - new Date(n.updatedAt).getTime() >= wait ? 'DUE' : 'WAIT';
}

/**
 * The outbox's schedule: sends again every notification that failed after the stream's
 * retries, or whose send was cut off after its claim, with waits that grow, for about a
 * day. Each complaint's waiting notifications go through sendPendingNotifications, claimed
 * as always, so nothing goes out twice. After the last try a notification stays FAILED for
 * an operator's resend (docs/OPERATIONS.md, "A stuck or failed email").
 */
export async function retryUnsettledNotifications(deps: NotificationDependencies, streamAttempts: number): Promise<RetryOutcome> {
  const now = deps.clock.now();
  const unsettled = await deps.store.unsettledNotifications(READ_LIMIT);
  const verdicts = unsettled.map((n) => ({ n, verdict: retryDue(n, now, streamAttempts) }));
  const due = [...new Set(verdicts.filter((v) => v.verdict === 'DUE').map((v) => v.n.complaintId))];
  const givenUp = verdicts.filter((v) => v.verdict === 'GIVEN_UP').length;
  // Counted on every run while they wait: the alarm stays on until an operator's resend.
  for (let i = 0; i < givenUp; i += 1) deps.metrics?.count(METRIC.NotificationsGivenUp);
  const { sent, failed } = await sendEach((id) => sendPendingNotifications(deps, id), due, (complaintId, error) =>
    deps.logger.warn('outbox.retry_failed', { complaintId, errorName: errorName(error) }),
  );
  deps.logger.info('outbox.retried', { count: due.length });
  return { sent: sent.length, failed: failed.length, givenUp };
}

/** Sends each complaint's waiting notifications in turn; one that fails is reported and does not stop the others. */
export async function sendEach(
  send: (complaintId: string) => Promise<unknown>,
  complaintIds: readonly string[],
  onFailure: (complaintId: string, error: unknown) => void,
): Promise<{ sent: string[]; failed: string[] }> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const complaintId of complaintIds) {
    try {
      await send(complaintId);
      sent.push(complaintId);
    } catch (error) {
      failed.push(complaintId);
      onFailure(complaintId, error);
    }
  }
  return { sent, failed };
}
