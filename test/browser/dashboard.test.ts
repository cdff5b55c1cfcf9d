import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, startTestStack, SUBMIT, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

// The analytics dashboard in a real browser: Debian's Chromium driven by playwright-core,
// against a whole local stack whose aggregates follow the table's stream.
jest.setTimeout(180_000);

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What is submitted: categories and channels in different mixes, so every filter changes the figures. */
const COMPLAINTS = [
  ...Array.from({ length: 4 }, () => ({ category: 'Mobile network', channel: 'WEB' as const })),
  ...Array.from({ length: 2 }, () => ({ category: 'Mobile network', channel: 'PHONE' as const })),
  ...Array.from({ length: 3 }, () => ({ category: 'Billing', channel: 'PHONE' as const })),
];
const ANALYST = asStaff('analyst-1', 'ANALYST');

let stack: LocalStack;
let browser: BrowserContext;
let profile: string;
let page: Page;
let consoleErrors: string[];
/** Today in the organization's calendar, where the complaints are counted. */
let today: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the dashboard test needs Debian's Chromium (sudo apt-get install chromium).`);
  stack = await startTestStack();
  today = new Intl.DateTimeFormat('en-CA', { timeZone: stack.config.settingsDefaults.timeZone }).format(new Date());
  for (const c of COMPLAINTS) {
    const res = await graphql(stack, SUBMIT, { input: sampleSubmission(c) });
    expect(res.errors).toBeUndefined();
  }
  // The aggregates follow the stream: wait until the API counts every submission.
  await waitFor('the aggregates to count every submission', async () => {
    const res = await graphql(stack, `query($p: PeriodInput!) { complaintStatistics(period: $p) { groups { received } } }`, { p: { from: today, to: today } }, ANALYST);
    return res.data?.complaintStatistics.groups[0]?.received === COMPLAINTS.length;
  }, 60_000);
  profile = mkdtempSync(join(tmpdir(), 'dashboard-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 1600 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage();
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterEach(() => page.close());

/** Waits until the page has drawn the answer to its latest request. */
const drawn = (p: Page) => p.waitForSelector('body[data-state="ready"]');
const figure = (name: string) => page.locator(`[data-figure="${name}"]`).innerText();

/** A chart's labels and data as Chart.js holds them. */
const chart = (id: string) =>
  page.evaluate((canvasId) => {
    const g = globalThis as any;
    const { labels, datasets } = g.Chart.getChart(g.document.getElementById(canvasId)).data;
    return { labels: labels as string[], datasets: (datasets as Array<{ label: string; data: number[] }>).map((d) => ({ label: d.label, data: d.data })) };
  }, id);
const total = (data: { datasets: Array<{ label: string; data: number[] }> }, label: string) => data.datasets.find((d) => d.label === label)!.data.reduce((a, b) => a + b, 0);

describe('the analytics dashboard', () => {
  test('opens on the 90 days up to the newest complaint and shows their figures', async () => {
    await page.goto(stack.urls.dashboard);
    await drawn(page);

    expect(await page.inputValue('#to')).toBe(today);
    expect(await figure('received')).toBe(String(COMPLAINTS.length));
    expect(await page.locator('#status').innerText()).toContain(`${COMPLAINTS.length} complaints received`);
    expect(total(await chart('trend-chart'), 'Received')).toBe(COMPLAINTS.length);
    expect(await chart('groups-chart')).toMatchObject({ labels: ['Mobile network', 'Billing'], datasets: [{ data: [6, 3] }] });
    await page.click('section:has(#groups-table) summary');
    expect(await page.locator('#groups-table').innerText()).toMatch(/Mobile network\s+6\s+/);
    expect(await page.locator('#hotspots-table').innerText()).toContain('Billing');
    expect(consoleErrors).toEqual([]);
  });

  test('redraws the charts for another dimension and for one group of it', async () => {
    await page.goto(stack.urls.dashboard);
    await drawn(page);

    await page.selectOption('#dimension', 'CHANNEL');
    await drawn(page);
    expect(await chart('groups-chart')).toMatchObject({ labels: ['PHONE', 'WEB'], datasets: [{ data: [5, 4] }] });
    expect(await page.locator('#group option').allInnerTexts()).toEqual(['All groups', 'PHONE (5)', 'WEB (4)']);

    await page.selectOption('#group', 'WEB');
    await drawn(page);
    expect(await figure('received')).toBe('4');
    expect(total(await chart('trend-chart'), 'Received')).toBe(4);
    expect(await page.locator('#trend-title').innerText()).toContain('WEB');
    expect(consoleErrors).toEqual([]);
  });

  test('asks for a token when the API refuses the configured one, and shows the figures with the pasted one', async () => {
    await page.route('**/dashboard/config.json', (route) => route.fulfill({ json: { graphqlUrl: '/graphql', token: 'not-a-token' } }));
    await page.goto(stack.urls.dashboard);
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.locator('#error').innerText()).toContain('Sign-in needed');

    await page.fill('#token', ANALYST.authorization);
    await page.click('#sign-in button');
    await drawn(page);
    expect(await figure('received')).toBe(String(COMPLAINTS.length));
    expect(await page.locator('#sign-in').isHidden()).toBe(true);
  });
});
