/**
 * (j) How soon a portal page can be used on a slow phone: Debian's Chromium with the CPU
 * throttled 4× (CDP Emulation.setCPUThrottlingRate), a cold cache per run, the app served
 * by the local stack; against the same page's rendered markup served as static HTML with
 * no script by a tiny local server, interleaved run by run.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, errors, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/harness/browser';
import { guard } from './cleanup';
import { median } from './report';

export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen. */
const VIEWPORT = { width: 412, height: 823 };

/**
 * The pages timed and what "usable" means on each: `field`, the first form field in <main>
 * takes a typed character; `control`, the first link or button in <main> is there and takes
 * the focus (a page with no field). A `field` page showing no field is reported as not built.
 */
export const INTERACTIVE_PAGES: ReadonlyArray<{ path: string; probe: 'field' | 'control' }> = [
  { path: '/submit', probe: 'field' },
  { path: '/', probe: 'control' },
];

const SELECTORS = {
  field: ['text', 'email', 'tel', 'search'].map((t) => `main input[type=${t}]:not([disabled])`).concat('main input:not([type]):not([disabled])', 'main textarea:not([disabled])').join(', '),
  control: 'main a[href], main button:not([disabled])',
};
const TYPED = 'x';

export interface Sample {
  /** Navigation start → the probe's element is in the DOM and enabled (the page's own clock). */
  readyMs: number;
  /** Navigation start → the typed character is painted (`field`), or the element is painted focused (`control`). */
  usableMs: number;
  fcpMs: number;
  lcpMs: number;
  /** Σ (long task − 50 ms) from first contentful paint until the page is usable. */
  tbtMs: number;
}

export interface PageTiming {
  path: string;
  probe: 'field' | 'control';
  /** Why the page was not timed (not built yet), else undefined. */
  skipped?: string;
  app: Sample[];
  staticHtml: Sample[];
  /** Bytes of the static page's HTML (its CSS is the app's own file). */
  staticHtmlBytes: number;
}

export interface InteractiveResult {
  runs: number;
  pages: PageTiming[];
  chromium: string;
}

/**
 * Installed before any of the page's own code (CDP Page.addScriptToEvaluateOnNewDocument, which
 * the page's CSP does not apply to): observes paints, long tasks and the probe's element, and
 * stamps the input or focus the bench sends with the frame that shows it. Plain JavaScript in a
 * string: a function's toString() under tsx carries esbuild's helpers, which the page lacks.
 */
const probeScript = (selector: string, typed: string) => `(() => {
  const selector = ${JSON.stringify(selector)}, typed = ${JSON.stringify(typed)};
  const marks = { longTasks: [] };
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (marks.ready === undefined && document.querySelector(selector)) marks.ready = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
  const shown = (ok) => requestAnimationFrame(() => {
    if (marks.usable === undefined && ok()) marks.usable = performance.now();
  });
  document.addEventListener('input', (e) => shown(() => String(e.target.value ?? '').includes(typed)), true);
  document.addEventListener('focusin', (e) => shown(() => document.activeElement === e.target && e.target.matches(selector)), true);
})();`;

async function measure(browser: Browser, url: string, probe: 'field' | 'control', timeoutMs: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(probeScript(SELECTORS[probe], TYPED));
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    // Raw CDP, not locators: Playwright's first locator call injects its own script into the page,
    // which under a 4× slower CPU costs hundreds of milliseconds, more than a static page takes.
    const deadline = Date.now() + timeoutMs;
    const until = async (expression: string) => {
      for (;;) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
        if (result.value === true) return;
        if (Date.now() > deadline) throw new Error(`${url}: still not ${expression} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    await until('window.__bench?.ready !== undefined');
    await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(SELECTORS[probe])}).focus()` });
    if (probe === 'field') {
      // What a key press sends (Playwright's keyboard does the same): the page sees keydown, input, keyup.
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: TYPED, text: TYPED });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: TYPED });
    }
    await until('window.__bench.usable !== undefined');
    // LCP is final once the page has been used; long tasks are counted up to that moment.
    return await page.evaluate<Sample>(`(() => {
      const m = window.__bench, fcp = m.fcp ?? 0;
      const tbt = m.longTasks.filter((t) => t.start >= fcp && t.start < m.usable).reduce((n, t) => n + Math.max(0, t.duration - 50), 0);
      return { readyMs: m.ready, usableMs: m.usable, fcpMs: fcp, lcpMs: m.lcp ?? 0, tbtMs: tbt };
    })()`);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Opens the page unthrottled: does its probe's element appear, and what markup does the page render? */
async function renderedMarkup(browser: Browser, url: string, probe: 'field' | 'control'): Promise<string | undefined> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page: Page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.locator(SELECTORS[probe]).first().waitFor({ state: 'attached', timeout: 10_000 });
    } catch (error) {
      if (error instanceof errors.TimeoutError) return undefined;
      throw error;
    }
    return await page.evaluate<string>(`(() => {
      const root = document.documentElement.cloneNode(true);
      for (const script of root.querySelectorAll('script, link[rel=modulepreload]')) script.remove();
      return '<!doctype html>\\n' + root.outerHTML;
    })()`);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Serves one page's markup at any path and the app's own assets (its CSS) from `assetsDir`'s parent. */
async function staticServer(appDir: string): Promise<{ origin: string; pages: Map<string, string>; close: () => Promise<void> }> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const html = pages.get(path);
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    const file = normalize(join(appDir, path));
    if (path.startsWith('/assets/') && file.startsWith(appDir) && /\.(css|js)$/.test(file)) {
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': extname(file) === '.css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch {
        // Missing: 404 below.
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `portalOrigin` serves the portal (the local stack); `portalDir` is its built folder, whose CSS
 * the static page links as the app's index.html does. Runs alternate app, static, app, …
 */
export async function runInteractive(options: { portalOrigin: string; portalDir: string; runs?: number; timeoutMs?: number }): Promise<InteractiveResult> {
  const runs = options.runs ?? 7;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const closeBrowser = guard(() => browser.close().catch(() => undefined));
  const statics = await staticServer(options.portalDir);
  const closeStatic = guard(statics.close);
  try {
    const pages: PageTiming[] = [];
    for (const { path, probe } of INTERACTIVE_PAGES) {
      const timing: PageTiming = { path, probe, app: [], staticHtml: [], staticHtmlBytes: 0 };
      pages.push(timing);
      const appUrl = new URL(path, options.portalOrigin).href;
      const markup = await renderedMarkup(browser, appUrl, probe);
      if (markup === undefined) {
        timing.skipped = probe === 'field' ? 'no text field in its `<main>` (the page is not built yet)' : 'no link or button in its `<main>`';
        continue;
      }
      statics.pages.set(path, markup);
      timing.staticHtmlBytes = Buffer.byteLength(markup);
      const staticUrl = new URL(path, statics.origin).href;
      // One unrecorded round: the stack's first requests and Chromium's own start-up are not the page's.
      await measure(browser, appUrl, probe, timeoutMs);
      await measure(browser, staticUrl, probe, timeoutMs);
      for (let i = 0; i < runs; i += 1) {
        timing.app.push(await measure(browser, appUrl, probe, timeoutMs));
        timing.staticHtml.push(await measure(browser, staticUrl, probe, timeoutMs));
      }
    }
    return { runs, pages, chromium: browser.version() };
  } finally {
    await closeStatic();
    await closeBrowser();
  }
}

export const medianOf = (samples: Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
