/**
 * (k) Lighthouse 12 on the portal's pages: performance and accessibility scores and the
 * main metrics, with the mobile preset (simulated slow 4G and 4× CPU) and the desktop one.
 * Each page and preset is run RUNS_PER_PAGE times, each run in its own Debian Chromium
 * (chrome-launcher), killed in `finally`, with a time limit; medians are reported.
 */
import type { Flags, RunnerResult } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/harness/browser';
import { guard } from './cleanup';
import { median } from './report';

export const LIGHTHOUSE_PAGES = ['/', '/submit', '/track'] as const;
export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];

/** Lighthouse metrics reported, by audit id, in milliseconds except CLS. */
export const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;
type MetricId = keyof typeof METRICS;

export interface LighthouseRun {
  path: string;
  preset: Preset;
  /** Runs that gave a result, of RUNS_PER_PAGE. */
  runs: number;
  /** Medians over the runs: scores 0–100 (undefined when Lighthouse could not score), metrics in ms except CLS. */
  performance?: number;
  accessibility?: number;
  metrics: Partial<Record<MetricId, number>>;
  /** Each run's performance score, to show the spread. */
  performanceScores: number[];
  /** Accessibility audits that failed in any run (their ids). */
  accessibilityFailures: string[];
  /** Audits Lighthouse could not run (an audit needing the internet would land here). */
  erroredAudits: string[];
  /** Requests the page made (Lighthouse's network-requests audit, most of any run) and those not to loopback (must be none). */
  requests: number;
  offLoopback: string[];
  /** Lighthouse's own warnings, and why runs failed. */
  warnings: string[];
  errors: string[];
  seconds: number;
}

export interface LighthouseResult {
  version: string;
  runs: LighthouseRun[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Only the two categories asked for: their audits need nothing from the internet (best
 * practices and SEO are left out, which is also where the few network-dependent checks live).
 */
const CATEGORIES = ['performance', 'accessibility'];

/** Lighthouse's own advice is the median of several runs: one run's score moves by several points. */
export const RUNS_PER_PAGE = 3;

type Summary = Omit<LighthouseRun, 'path' | 'preset' | 'runs' | 'performanceScores' | 'errors' | 'seconds'>;
type Lighthouse = typeof import('lighthouse');
type Launch = (typeof import('chrome-launcher'))['launch'];

export async function runLighthouse(options: { origin: string; timeoutMs?: number }): Promise<LighthouseResult> {
  const lighthouse = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const timeoutMs = options.timeoutMs ?? 120_000;
  const runs: LighthouseRun[] = [];
  let version = 'unknown';
  for (const path of LIGHTHOUSE_PAGES) {
    for (const preset of PRESETS) {
      const started = performance.now();
      const summaries: Summary[] = [];
      const errors: string[] = [];
      for (let i = 0; i < RUNS_PER_PAGE; i += 1) {
        try {
          const result = await runOnce(lighthouse, launch, new URL(path, options.origin).href, preset, timeoutMs);
          version = result.lhr.lighthouseVersion;
          summaries.push(summarize(result));
        } catch (error) {
          errors.push((error as Error).message.split('\n')[0]);
        }
      }
      runs.push({ path, preset, ...combine(summaries), errors, seconds: (performance.now() - started) / 1000 });
    }
  }
  return { version, runs };
}

/** One Lighthouse run in its own Chromium, killed when it ends, fails or takes longer than `timeoutMs`. */
async function runOnce({ default: lighthouse, desktopConfig }: Lighthouse, launch: Launch, url: string, preset: Preset, timeoutMs: number): Promise<RunnerResult> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    // Name resolution refused for every host but loopback: a page or Lighthouse reaching out would fail, not leak.
    chromeFlags: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    handleSIGINT: false,
    logLevel: 'silent',
  });
  // Killed in finally, and by run.ts on Ctrl-C or its time limit; chrome-launcher kills the whole process group.
  const kill = guard(async () => chrome.kill());
  let timer: NodeJS.Timeout | undefined;
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: CATEGORIES, maxWaitForLoad: 45_000 };
    const result = await Promise.race([
      lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
    return result;
  } finally {
    clearTimeout(timer);
    await kill();
  }
}

function combine(summaries: Summary[]): Omit<LighthouseRun, 'path' | 'preset' | 'errors' | 'seconds'> {
  const numbers = (pick: (s: Summary) => number | undefined) => summaries.map(pick).filter((n): n is number => n !== undefined);
  const mid = (pick: (s: Summary) => number | undefined) => {
    const values = numbers(pick);
    return values.length ? median(values) : undefined;
  };
  const union = (pick: (s: Summary) => string[]) => [...new Set(summaries.flatMap(pick))];
  const metrics: Partial<Record<MetricId, number>> = {};
  for (const id of Object.keys(METRICS) as MetricId[]) {
    const value = mid((s) => s.metrics[id]);
    if (value !== undefined) metrics[id] = value;
  }
  return {
    runs: summaries.length,
    performance: mid((s) => s.performance),
    accessibility: mid((s) => s.accessibility),
    metrics,
    performanceScores: numbers((s) => s.performance),
    accessibilityFailures: union((s) => s.accessibilityFailures),
    erroredAudits: union((s) => s.erroredAudits),
    requests: Math.max(0, ...summaries.map((s) => s.requests)),
    offLoopback: union((s) => s.offLoopback),
    warnings: union((s) => s.warnings),
  };
}

function summarize({ lhr }: RunnerResult): Summary {
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : undefined;
  };
  const metrics: Partial<Record<MetricId, number>> = {};
  for (const id of Object.keys(METRICS) as MetricId[]) {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value === 'number') metrics[id] = value;
  }
  const accessibilityFailures = (lhr.categories.accessibility?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.scoreDisplayMode === 'binary' && a.score === 0)
    .map((a) => a.id);
  const details = lhr.audits['network-requests']?.details as { items?: Array<{ url?: string }> } | undefined;
  const urls = (details?.items ?? []).map((i) => i.url ?? '').filter((u) => /^(https?|wss?):/.test(u));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    metrics,
    accessibilityFailures,
    erroredAudits: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id),
    requests: urls.length,
    offLoopback: urls.filter((u) => !LOOPBACK.has(new URL(u).hostname)),
    warnings: lhr.runWarnings,
  };
}
