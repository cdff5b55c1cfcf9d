import { errorName, type Logger } from '../functions/core/logger';
import type { ReportRun } from '../functions/core/reports/send-reports';

export const DEFAULT_REPORT_TIMER_MS = 60 * 60_000;
/** The first run, shortly after start: a report that fell due while the stack was stopped goes out without an hour's wait. */
export const FIRST_REPORT_RUN_MS = 5_000;

export interface ReportTimerOptions {
  /** What the cloud schedule invokes: the report function's handler. */
  run: () => Promise<ReportRun>;
  logger: Logger;
  intervalMs?: number;
}

export interface ReportTimer {
  /** Runs now, after any run in progress, and answers what it sent. */
  runNow(): Promise<ReportRun>;
  stop: () => Promise<void>;
}

/** REPORT_TIMER_MS, checked; the hourly default when unset. */
export function reportTimerMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.REPORT_TIMER_MS;
  if (value === undefined || value === '') return DEFAULT_REPORT_TIMER_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1000) throw new Error('REPORT_TIMER_MS must be a whole number of milliseconds, at least 1000.');
  return ms;
}

/**
 * The local stand-in for the cloud's hourly schedule: runs the report handler on a timer.
 * Runs never overlap (the claims would keep them from sending twice anyway, but a test
 * that calls runNow wants its own run's answer).
 */
export function startReportTimer(options: ReportTimerOptions): ReportTimer {
  const { run, logger, intervalMs = DEFAULT_REPORT_TIMER_MS } = options;
  let last: Promise<unknown> = Promise.resolve();
  const runNow = (): Promise<ReportRun> => {
    const next = last.then(run);
    last = next.catch(() => undefined);
    return next;
  };
  const tick = () => {
    runNow().catch((error: unknown) => logger.error('report.timer_failed', { errorName: errorName(error) }));
  };
  const first = setTimeout(tick, Math.min(FIRST_REPORT_RUN_MS, intervalMs));
  const every = setInterval(tick, intervalMs);
  // The stack stops these itself; they should not keep a finished process alive.
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
