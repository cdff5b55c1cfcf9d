import { queuedNotificationOf } from '../adapters/dynamodb/stream-records';
import { safeCorrelationId, withCorrelationId } from '../adapters/observability/correlation';
import { errorName, type Logger } from '../core/logger';
import { sendEach } from '../core/notification-retries';
import type { StreamHandler } from './each-complaint-change';

/** The sort-key prefix of the records the outbox reads (the event source mapping's filter). */
export { NOTIFICATION_SK_PREFIX } from '../adapters/dynamodb/stream-records';

/** Deliveries of a failing record before it goes to the failure queue (the cloud's mapping; the local stream poller alike). */
export const OUTBOX_RETRY_ATTEMPTS = 10;

/**
 * The notification outbox. Every email and webhook notice a change queues is written
 * PENDING in the same transaction as the change, so none is lost; the table's stream
 * hands its INSERT here, and `send` (core/notifications.ts: sendPendingNotifications)
 * sends all of the complaint's waiting notifications, each claimed first and recorded,
 * so each goes out once however often a record is delivered. When a send fails it is
 * recorded FAILED and the record is reported failed: the stream delivers it again (the
 * event source mapping's retries, then its failure queue; locally the stream poller), and
 * the next attempt sends what is still waiting.
 */
export function createOutboxStreamHandler(send: (complaintId: string) => Promise<unknown>, logger: Logger): StreamHandler {
  return async (event) => {
    // One send per complaint per batch takes every notification it has waiting.
    const done = new Set<string>();
    for (const record of event.Records) {
      const queued = queuedNotificationOf(record);
      if (!queued || done.has(queued.complaintId)) continue;
      const { complaintId } = queued;
      try {
        // Logged and posted under the correlation id of the request that queued it.
        await withCorrelationId(safeCorrelationId(queued.correlationId), () => send(complaintId));
        done.add(complaintId);
      } catch (error) {
        logger.error('outbox.send_failed', { complaintId, errorName: errorName(error) });
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    if (done.size) logger.info('outbox.sent', { count: done.size });
    return { batchItemFailures: [] };
  };
}

/** The outbox's schedule (every RETRY_SCHEDULE_MINUTES): try again what failed after the stream's retries, or was cut off after its claim. */
export interface RetryRequest {
  retryUnsettled: true;
}

export const isRetryRequest = (event: unknown): event is RetryRequest => typeof event === 'object' && event !== null && (event as RetryRequest).retryUnsettled === true;

/** The attempts the stream makes on a notification before the schedule takes over: the first and the mapping's retries. */
export const STREAM_ATTEMPTS = 1 + OUTBOX_RETRY_ATTEMPTS;

/** An operator's request to the outbox function (`aws lambda invoke`): send again what is waiting for these complaints. */
export interface ResendRequest {
  resend: string[];
}

export const isResendRequest = (event: unknown): event is ResendRequest =>
  typeof event === 'object' && event !== null && Array.isArray((event as ResendRequest).resend) && (event as ResendRequest).resend.every((id) => typeof id === 'string');

/**
 * Sends every notification still waiting (PENDING, FAILED, or SENDING past its claim) of each
 * complaint named: the way out for a record the stream gave up on. Each is claimed as
 * always, so a resend never sends twice what went out.
 */
export async function resendNotifications(send: (complaintId: string) => Promise<unknown>, request: ResendRequest, logger: Logger): Promise<{ sent: string[]; failed: string[] }> {
  const outcome = await sendEach(send, request.resend, (complaintId, error) => logger.error('outbox.resend_failed', { complaintId, errorName: errorName(error) }));
  logger.info('outbox.resent', { count: outcome.sent.length });
  return outcome;
}
