/**
 * (k) Lighthouse 12 on the portal's pages: performance and accessibility scores and the
 * main metrics, with the mobile preset (simulated slow 4G and 4× CPU) and the desktop one.
 * Each run gets its own Debian Chromium (chrome-launcher), killed in `finally`, and a time limit.
 */
import type { Flags, RunnerResult } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/harness/browser';
import { guard } from './cleanup';

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
  /** 0–100, or undefined when Lighthouse could not score the category. */
  performance?: number;
  accessibility?: number;
  metrics: Partial<Record<MetricId, number>>;
  /** Accessibility audits that failed (their ids). */
  accessibilityFailures: string[];
  /** Audits Lighthouse could not run (an audit needing the internet would land here). */
  erroredAudits: string[];
  /** Requests the page made (Lighthouse's network-requests audit) and those not to loopback (must be none). */
  requests: number;
  offLoopback: string[];
  /** Lighthouse's own warnings, and the error when the run failed. */
  warnings: string[];
  error?: string;
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

export async function runLighthouse(options: { origin: string; timeoutMs?: number }): Promise<LighthouseResult> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const timeoutMs = options.timeoutMs ?? 120_000;
  const runs: LighthouseRun[] = [];
  let version = 'unknown';
  for (const path of LIGHTHOUSE_PAGES) {
    for (const preset of PRESETS) {
      const started = performance.now();
      const run: LighthouseRun = { path, preset, metrics: {}, accessibilityFailures: [], erroredAudits: [], requests: 0, offLoopback: [], warnings: [], seconds: 0 };
      runs.push(run);
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
          lighthouse(new URL(path, options.origin).href, flags, preset === 'desktop' ? desktopConfig : undefined),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${timeoutMs / 1000} s`)), timeoutMs);
          }),
        ]);
        if (!result) throw new Error('Lighthouse returned no result');
        version = result.lhr.lighthouseVersion;
        Object.assign(run, summarize(result));
      } catch (error) {
        run.error = (error as Error).message.split('\n')[0];
      } finally {
        clearTimeout(timer);
        await kill();
        run.seconds = (performance.now() - started) / 1000;
      }
    }
  }
  return { version, runs };
}

function summarize({ lhr }: RunnerResult): Partial<LighthouseRun> {
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
    error: lhr.runtimeError?.message,
  };
}
