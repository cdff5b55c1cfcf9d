import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core, as a person's browser: a fresh profile per
 * browser, no network beyond loopback (the flags keep Chromium's own background calls off).
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab that records console errors and uncaught exceptions in `errors`. */
  newPage(): Promise<Page & { errors: string[] }>;
  close(): Promise<void>;
}

export async function launchBrowser(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: browser tests need Debian's Chromium (apt-get install chromium).`);
  const profile = mkdtempSync(join(tmpdir(), 'web-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'zh-CN',
  });
  return {
    context,
    newPage: async () => {
      const page = Object.assign(await context.newPage(), { errors: [] as string[] });
      page.on('console', (m) => {
        if (m.type() === 'error') page.errors.push(m.text());
      });
      page.on('pageerror', (e) => page.errors.push(e.message));
      return page;
    },
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's serious and critical violations on the page as it stands (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string | null | undefined; targets: string[] }>> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
