import type { Clock } from '../clock';
import { nextVersion, SYSTEM, type NotificationState } from '../complaint';
import { commitWithRetry } from '../commit-with-retry';
import { errorName, type Logger } from '../logger';
import type { ComplaintStore, Mailer } from '../ports';
import { acknowledgementEmail, type AcknowledgementContext } from './acknowledgement-email';

export interface AcknowledgementDependencies {
  store: ComplaintStore;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  email: AcknowledgementContext;
}

/**
 * Sends the acknowledgement once. Safe to run again: a sent or skipped acknowledgement
 * is left alone. A failed send is recorded (attempts, error name) and rethrown so the
 * workflow retries it.
 */
export async function sendAcknowledgement(deps: AcknowledgementDependencies, complaintId: string): Promise<{ state: NotificationState }> {
  const [complaint, notification] = await Promise.all([deps.store.get(complaintId), deps.store.getNotification(complaintId, 'ACKNOWLEDGEMENT')]);
  if (!complaint || !notification) throw new Error('complaint not found');
  if (notification.state === 'SENT' || notification.state === 'SKIPPED') return { state: notification.state };

  const to = complaint.complainant.email;
  let messageId: string | undefined;
  if (to) {
    try {
      ({ messageId } = await deps.mailer.send(acknowledgementEmail(complaint, to, deps.email)));
    } catch (error) {
      const failed = { ...notification, state: 'FAILED' as const, attempts: notification.attempts + 1, updatedAt: deps.clock.now().toISOString(), lastError: errorName(error) };
      await deps.store.saveNotification(failed);
      deps.logger.warn('acknowledgement.send_failed', { complaintId, errorName: failed.lastError, count: failed.attempts });
      throw error;
    }
  }

  const state: NotificationState = to ? 'SENT' : 'SKIPPED';
  await commitWithRetry(deps.store, complaintId, (latest) => {
    const now = deps.clock.now();
    const change = nextVersion(latest, {}, to ? 'ACKNOWLEDGEMENT_SENT' : 'ACKNOWLEDGEMENT_SKIPPED', SYSTEM, now);
    return {
      ...change,
      notification: { ...notification, state, attempts: notification.attempts + (to ? 1 : 0), updatedAt: now.toISOString(), messageId, lastError: undefined },
    };
  });
  deps.logger.info('acknowledgement.recorded', { complaintId, state });
  return { state };
}
