import type { DigestRun } from '../functions/core/audit/daily-digest';
import type { Logger } from '../functions/core/logger';
import { startScheduleTimer, type ScheduleTimer } from './schedule-timer';

/** Hourly: a run finds nothing to do until a day has ended, and the first run after midnight signs it. */
export const DIGEST_TIMER_MS = 60 * 60_000;

export type DigestTimer = ScheduleTimer<DigestRun>;

/** The local stand-in for the cloud's daily schedule of the audit digest function. */
export const startDigestTimer = (options: { run: () => Promise<DigestRun>; logger: Logger; intervalMs?: number }): DigestTimer =>
  startScheduleTimer({ ...options, intervalMs: options.intervalMs ?? DIGEST_TIMER_MS, failureEvent: 'audit.digest_timer_failed' });
