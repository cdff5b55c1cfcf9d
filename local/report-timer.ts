import type { Logger } from '../functions/core/logger';
import type { ScheduledRun } from '../functions/core/reports/scheduled-run';
import { startScheduleTimer, type ScheduleTimer } from './schedule-timer';

export const DEFAULT_REPORT_TIMER_MS = 60 * 60_000;

export interface ReportTimerOptions {
  /** What the cloud schedule invokes: the report function's handler. */
  run: () => Promise<ScheduledRun>;
  logger: Logger;
  intervalMs?: number;
}

export type ReportTimer = ScheduleTimer<ScheduledRun>;

/** REPORT_TIMER_MS, checked; the hourly default when unset. */
export function reportTimerMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.REPORT_TIMER_MS;
  if (value === undefined || value === '') return DEFAULT_REPORT_TIMER_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1000) throw new Error('REPORT_TIMER_MS must be a whole number of milliseconds, at least 1000.');
  return ms;
}

/** The local stand-in for the cloud's hourly schedule: runs the report handler on a timer. */
export const startReportTimer = (options: ReportTimerOptions): ReportTimer =>
  startScheduleTimer({ ...options, intervalMs: options.intervalMs ?? DEFAULT_REPORT_TIMER_MS, failureEvent: 'report.timer_failed' });
