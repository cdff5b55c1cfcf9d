import { errorName, type Logger } from '../functions/core/logger';

/** The first run, shortly after start: work that fell due while the stack was stopped is done without an interval's wait. */
export const FIRST_RUN_MS = 5_000;

export interface ScheduleTimer<T> {
  /** Runs now, after any run in progress, and answers what that run did. */
  runNow: () => Promise<T>;
  stop: () => Promise<void>;
}

export interface ScheduleTimerOptions<T> {
  /** What the cloud schedule invokes: the function's handler. */
  run: () => Promise<T>;
  logger: Logger;
  intervalMs: number;
  /** The log event of a failed run (its error name only). */
  failureEvent: string;
}

/**
 * The local stand-in for a cloud schedule: runs `run` shortly after start, then every
 * `intervalMs`. Runs never overlap (the functions' claims would keep them from acting twice
 * anyway, but a test that calls runNow wants its own run's answer).
 */
export function startScheduleTimer<T>({ run, logger, intervalMs, failureEvent }: ScheduleTimerOptions<T>): ScheduleTimer<T> {
  let last: Promise<unknown> = Promise.resolve();
  const runNow = (): Promise<T> => {
    const next = last.then(run);
    last = next.catch(() => undefined);
    return next;
  };
  const tick = () => {
    runNow().catch((error: unknown) => logger.error(failureEvent, { errorName: errorName(error) }));
  };
  const first = setTimeout(tick, Math.min(FIRST_RUN_MS, intervalMs));
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
