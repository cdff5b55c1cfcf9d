/**
 * (i, j, k) The web apps' budgets: first-load bytes of both apps, the portal's pages
 * usable under a 4× slower CPU, and Lighthouse's scores for the portal's pages. Runs in
 * `npm run bench`, or alone with `npm run bench -- web` (which rewrites only these sections).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errors } from 'playwright-core';
import { systemClock } from '../functions/core/clock';
import { startLocalStack } from '../local/stack';
import { launchBrowser } from '../test/harness/browser';
import { guard } from './cleanup';
import { ratio, table } from './report';
import { measureWebBytes, type Sizes, type WebBytesResult } from './web-bytes';
import { CPU_SLOWDOWN, INTERACTIVE_PAGES, medianOf, runInteractive, type InteractiveResult } from './web-interactive';
import { LIGHTHOUSE_PAGES, METRICS, runLighthouse, RUNS_PER_PAGE, type LighthouseResult } from './web-lighthouse';

/** The first heading of this group of sections: `npm run bench -- web` replaces from it to the end. */
export const WEB_SECTIONS_HEADING = '### (i)';

export interface WebAppsResult {
  bytes: WebBytesResult;
  interactive: InteractiveResult;
  lighthouse: LighthouseResult;
  /** What each measured page showed (its <main> h1), so a page not built yet is seen as such. */
  headings: Record<string, string>;
}

export async function runWebApps(): Promise<WebAppsResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  try {
    const bytes = await measureWebBytes(join(dir, 'bytes'));
    const webDir = join(dir, 'stack');
    // With a clock the stack builds its handlers for its own configuration; without one it imports the Lambda
    // modules, which keep the configuration of the first stack this process started ((c)'s, stopped by now).
    const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, ses: 0, workflow: 0 }, webDir, clock: systemClock });
    const stopStack = guard(stack.stop);
    try {
      const headings = await pageHeadings(stack.urls.portal, [...new Set([...INTERACTIVE_PAGES.map((p) => p.path), ...LIGHTHOUSE_PAGES])]);
      const interactive = await runInteractive({ portalOrigin: stack.urls.portal, portalDir: join(webDir, 'portal') });
      const lighthouse = await runLighthouse({ origin: stack.urls.portal });
      return { bytes, interactive, lighthouse, headings };
    } finally {
      await stopStack();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pageHeadings(origin: string, paths: string[]): Promise<Record<string, string>> {
  const browser = await launchBrowser();
  const close = guard(() => browser.close());
  try {
    const page = await browser.newPage();
    const headings: Record<string, string> = {};
    for (const path of paths) {
      await page.goto(new URL(path, origin).href);
      // A page with no heading in its <main> is labelled as such, not a reason to give up the run.
      try {
        headings[path] = (await page.locator('main h1').first().textContent({ timeout: 10_000 }))?.trim() ?? '';
      } catch (error) {
        if (!(error instanceof errors.TimeoutError)) throw error;
        headings[path] = '';
      }
    }
    return headings;
  } finally {
    await close();
  }
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const exact = (n: number) => `${n.toLocaleString('en-US')} B`;
const msec = (n: number) => `${n.toFixed(0)} ms`;

function describeBytes({ apps, foundation }: WebBytesResult, measured: string): string {
  const row = (name: string, files: string, first: Sizes, budget: number | undefined, all?: { files: number; total: Sizes }) => [
    name,
    files,
    exact(first.raw),
    `**${exact(first.gzip)} (${kB(first.gzip)})**`,
    `${exact(first.brotli)} (${kB(first.brotli)})`,
    budget ? kB(budget) : '—',
    budget ? `**${((first.gzip / budget) * 100).toFixed(0)} %**` : '—',
    name === 'foundation only' ? '—' : ratio(first.gzip / foundation.gzip),
    all ? `${all.files} files: ${exact(all.total.raw)}, gzip ${kB(all.total.gzip)}` : '—',
  ];
  return [
    '### (i) Web apps: first-load bytes against the budgets',
    '',
    `_${measured}_`,
    '',
    table(
      ['app', 'first load (entry + static imports + CSS)', 'raw', 'gzip -9', 'brotli -q 11', 'budget (gzip)', 'of budget', 'gzip / foundation only', 'all chunks, lazy included'],
      [
        ...apps.map((a) => row(a.app === 'staff' ? 'workspace (/staff/)' : 'portal (/)', a.firstLoad.map((f) => `\`${f.file.replace(/^assets\//, '')}\``).join(' + '), a.firstLoadTotal, a.budgetGzip, { files: a.allFiles, total: a.allTotal })),
        row('foundation only', 'one bundle + base.css', foundation, undefined),
      ],
    ),
    '',
    "Built by `buildWebApps` (web/build/build-web-apps.ts), as `npm start`, the tests and `cdk synth` build them (esbuild, minified, ES modules split into chunks); the first load is the build's own `firstLoad` list: the entry, every chunk it imports statically and its CSS, not index.html (under 1 kB) or config.json. Each file is compressed on its own, as each is its own response: gzip at level 9 (zlib, what servers use at their highest) and brotli at quality 11 (what CloudFront serves browsers that accept it). The budgets are the issue's, in gzipped bytes, \"KB\" read as 1,000 bytes (the stricter reading): *of budget* ≤ 100 % is within it. *Foundation only* is an app of nothing but the shared foundation (web/shared's config, API client, i18next instance, language switch and base.css, with Preact, wouter and urql), rendering one heading, built with the same options: the floor any page of either app starts from. *gzip / foundation only* is how much the app's own pages add to that floor.",
  ].join('\n');
}

function describeInteractive(r: InteractiveResult): string {
  const rows: Array<Array<string | number>> = [];
  const notes: string[] = [];
  for (const p of r.pages) {
    if (p.skipped) {
      notes.push(`\`${p.path}\` was not timed: ${p.skipped}.`);
      continue;
    }
    const usable = medianOf(p.app, 'usableMs') / medianOf(p.staticHtml, 'usableMs');
    for (const [served, samples] of [
      ['app (local stack)', p.app],
      [`static HTML, no script (${exact(p.staticHtmlBytes)})`, p.staticHtml],
    ] as const) {
      rows.push([
        `\`${p.path}\``,
        p.probe === 'field' ? 'first text field takes a typed character' : 'first link or button takes the focus',
        served,
        samples.length,
        msec(medianOf(samples, 'readyMs')),
        `**${msec(medianOf(samples, 'usableMs'))}**`,
        msec(medianOf(samples, 'fcpMs')),
        msec(medianOf(samples, 'lcpMs')),
        msec(medianOf(samples, 'tbtMs')),
        served.startsWith('app') ? `**${ratio(usable)}**` : '—',
      ]);
    }
  }
  return [
    `### (j) The portal's pages usable with the CPU throttled ${CPU_SLOWDOWN}×`,
    '',
    table(['page', 'usable when', 'served as', 'runs', 'median rendered¹', 'median usable²', 'FCP', 'LCP', 'TBT³', 'usable, app / static'], rows),
    '',
    ...notes.flatMap((n) => [n, '']),
    `Chromium ${r.chromium} (Debian's, headless, driven by playwright-core), a fresh context (cold cache) per run, a ${412}×${823} screen, the CPU slowed ${CPU_SLOWDOWN}× by CDP \`Emulation.setCPUThrottlingRate\`; no network throttling (loopback). Runs alternate app and static page after one unrecorded pair; medians of ${r.runs}. The static page is the same page's markup as the app rendered it (captured unthrottled, scripts removed), with the app's own CSS file, served by a tiny local server: what the page would cost with no JavaScript at all. Times are from navigation start, on the page's own clock. ¹ the probe's element is in the DOM and enabled (a MutationObserver installed before any page script); with Preact its handlers are attached when it renders. ² the bench focuses the element and, for a field, sends a key press through CDP (Input.dispatchKeyEvent) as soon as it is rendered: usable is the frame that paints the character in the field (or the focused element). It includes the bench's own CDP round trips, the same for both rows. ³ Σ (long task − 50 ms) from first contentful paint until usable (PerformanceObserver \`longtask\`). FCP and LCP come from PerformanceObserver (\`paint\`, \`largest-contentful-paint\`).`,
  ].join('\n');
}

function describeLighthouse(r: LighthouseResult, headings: Record<string, string>): string {
  const metric = (value: number | undefined, id: keyof typeof METRICS) => (value === undefined ? '—' : id === 'cumulative-layout-shift' ? value.toFixed(3) : msec(value));
  const rows = r.runs.map((x) => [
    `\`${x.path}\``,
    headings[x.path] ? `“${headings[x.path]}”` : '—',
    x.preset,
    x.runs ? `**${x.performance ?? '—'}** (${x.performanceScores.join(', ')})` : 'failed',
    x.runs ? `**${x.accessibility ?? '—'}**` : '—',
    ...(Object.keys(METRICS) as Array<keyof typeof METRICS>).map((id) => metric(x.metrics[id], id)),
    `${x.requests} (${x.offLoopback.length})`,
    x.accessibilityFailures.join(', ') || 'none',
    `${x.runs} of ${x.runs + x.errors.length}${x.errors.length ? ` (failed: ${[...new Set(x.errors)].join('; ')})` : ''}, ${x.seconds.toFixed(0)} s`,
  ]);
  const errored = [...new Set(r.runs.flatMap((x) => x.erroredAudits))];
  const warnings = [...new Set(r.runs.flatMap((x) => x.warnings))];
  return [
    "### (k) Lighthouse on the portal's pages",
    '',
    table(['page', 'its heading', 'preset', 'performance (each run)', 'accessibility', ...Object.values(METRICS), 'requests (not loopback)', 'failed accessibility audits', 'runs, time'], rows),
    '',
    `Lighthouse ${r.version} (the npm package, Node API) driving Debian's Chromium launched by chrome-launcher with the bench's browser flags, each page and preset run ${RUNS_PER_PAGE} times, each run in its own Chromium, killed when the run ends or after 120 s; scores and metrics are the medians of the runs. Categories performance and accessibility only. *mobile* is Lighthouse's default (a phone screen, simulated slow 4G and a ${CPU_SLOWDOWN}× slower CPU), *desktop* its desktop preset (simulated 10 Mbit/s, 40 ms, no CPU slowdown): the metrics are Lighthouse's simulated ones (Lantern), computed from a loopback load, so they move less with the machine's load than (j) does, but read them with it. *its heading* is the page's first \`<main>\` heading as shown in the browser (a path the portal does not have yet shows its not-found page). No audit was disabled: ${errored.length ? `these could not run: ${errored.join(', ')}` : 'none failed to run'}; Chromium ran with name resolution refused for every host but loopback, and *not loopback* counts the page's requests to any other host (Lighthouse's network-requests audit).${warnings.length ? ` Lighthouse warned: ${warnings.join('; ')}.` : ''}`,
  ].join('\n');
}

export function describeWebApps(r: WebAppsResult, measured: string): string {
  return [describeBytes(r.bytes, measured), describeInteractive(r.interactive), describeLighthouse(r.lighthouse, r.headings)].join('\n\n');
}

/** One line per figure for run.ts's console summary. */
export function summarizeWebApps(r: WebAppsResult): string[] {
  const lines = r.bytes.apps.map((a) => `web ${a.app} first load ${kB(a.firstLoadTotal.gzip)} gzip, ${((a.firstLoadTotal.gzip / a.budgetGzip) * 100).toFixed(0)} % of ${kB(a.budgetGzip)}`);
  for (const p of r.interactive.pages) {
    lines.push(
      p.skipped
        ? `web ${p.path}: not timed (${p.skipped})`
        : `web ${p.path} usable at ${CPU_SLOWDOWN}× CPU: ${msec(medianOf(p.app, 'usableMs'))}, static ${msec(medianOf(p.staticHtml, 'usableMs'))} (×${(medianOf(p.app, 'usableMs') / medianOf(p.staticHtml, 'usableMs')).toFixed(2)})`,
    );
  }
  for (const x of r.lighthouse.runs) {
    lines.push(`lighthouse ${x.path} ${x.preset}: ${x.runs ? `performance ${x.performance} (${x.performanceScores.join(', ')}), accessibility ${x.accessibility}` : `failed (${x.errors[0]})`}`);
  }
  return lines;
}
