import type { ScheduledRun } from '../../../functions/core/reports/scheduled-run';
import { DEFAULT_REPORT_TIMER_MS, reportTimerMs, startReportTimer } from '../../../local/report-timer';
import { recordingLogger } from '../core/test-policy';

const NOTHING: ScheduledRun = { due: 0, sent: 0, emails: 0, failed: 0, calendarNotices: { due: 0, sent: 0 } };

describe('the local report timer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs shortly after start, then every interval, until stopped', async () => {
    const run = jest.fn(async () => NOTHING);
    const timer = startReportTimer({ run, logger: recordingLogger(), intervalMs: 60_000 });
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(3);
    await timer.stop();
    await jest.advanceTimersByTimeAsync(600_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('runs now on request, after the run in progress, and answers what it sent', async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const run = async () => {
      calls += 1;
      const n = calls;
      order.push(`start ${n}`);
      if (n === 1) await first;
      order.push(`end ${n}`);
      return { ...NOTHING, emails: n };
    };
    const timer = startReportTimer({ run, logger: recordingLogger(), intervalMs: 60_000 });
    await jest.advanceTimersByTimeAsync(5_000);
    const now = timer.runNow();
    release();
    expect(await now).toMatchObject({ emails: 2 });
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    await timer.stop();
  });

  it('logs a failed run by the name of its error and keeps going', async () => {
    const logger = recordingLogger();
    const run = jest.fn(async () => {
      throw Object.assign(new Error('boss@example.org bounced'), { name: 'MessageRejected' });
    });
    const timer = startReportTimer({ run, logger, intervalMs: 60_000 });
    await jest.advanceTimersByTimeAsync(65_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(logger.lines).toEqual([
      JSON.stringify({ level: 'error', event: 'report.timer_failed', errorName: 'MessageRejected' }),
      JSON.stringify({ level: 'error', event: 'report.timer_failed', errorName: 'MessageRejected' }),
    ]);
    await timer.stop();
  });
});

describe('REPORT_TIMER_MS', () => {
  it('defaults to an hour and refuses anything but whole milliseconds from a second up', () => {
    expect(reportTimerMs({})).toBe(DEFAULT_REPORT_TIMER_MS);
    expect(reportTimerMs({ REPORT_TIMER_MS: '600000' })).toBe(600_000);
    expect(() => reportTimerMs({ REPORT_TIMER_MS: '10' })).toThrow('REPORT_TIMER_MS must be a whole number of milliseconds, at least 1000.');
    expect(() => reportTimerMs({ REPORT_TIMER_MS: 'hourly' })).toThrow('REPORT_TIMER_MS');
  });
});
