import type { DigestRun } from '../functions/core/audit/daily-digest';
import { errorName, type Logger } from '../functions/core/logger';

/** Hourly: a run finds nothing to do until a day has ended, and the first run after midnight signs it. */
export const DIGEST_TIMER_MS = 60 * 60_000;
const FIRST_RUN_MS = 5_000;

export interface DigestTimer {
  /** Runs now, after any run in progress, and answers what it wrote. */
  runNow(): Promise<DigestRun>;
  stop(): Promise<void>;
}

/** The local stand-in for the cloud's daily schedule of the audit digest function. Runs never overlap. */
export function startDigestTimer(options: { run: () => Promise<DigestRun>; logger: Logger; intervalMs?: number }): DigestTimer {
  const { run, logger, intervalMs = DIGEST_TIMER_MS } = options;
  let last: Promise<unknown> = Promise.resolve();
  const runNow = (): Promise<DigestRun> => {
    const next = last.then(run);
    last = next.catch(() => undefined);
    return next;
  };
  const tick = () => {
    runNow().catch((error: unknown) => logger.error('audit.digest_timer_failed', { errorName: errorName(error) }));
  };
  const first = setTimeout(tick, Math.min(FIRST_RUN_MS, intervalMs));
  const every = setInterval(tick, intervalMs);
  first.unref();
  every.unref();
  return {
    runNow,
    stop: async () => {
      clearTimeout(first);
      clearInterval(every);
      await last;
    },
  };
}
