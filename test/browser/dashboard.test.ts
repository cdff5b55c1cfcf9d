import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { systemClock } from '../../functions/core/clock';
import { importCfpbComplaints } from '../../functions/core/import/import-complaints';
import { complaintStore } from '../../functions/wiring/dynamodb';
import type { LocalStack } from '../../local/stack';
import { readCfpbCsv } from '../../scripts/cfpb-csv';
import { asStaff, startTestStack, statsSettled } from '../harness/local-stack';

// The analytics dashboard in a real browser: Debian's Chromium driven by playwright-core,
// against a whole local stack holding the CFPB sample, its aggregates kept by the stream.
jest.setTimeout(180_000);

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIXTURE = join(__dirname, '..', 'fixtures', 'cfpb', 'sample-50.csv');
const ANALYST = asStaff('analyst-1', 'ANALYST');

let stack: LocalStack;
let browser: BrowserContext;
let profile: string;
let page: Page;
let consoleErrors: string[];

/** The fixture's rows in the dashboard's opening period: the 90 days up to the newest complaint. */
const opening = { from: '', to: '', rows: [] as Array<Readonly<Record<string, string | undefined>>> };
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** How many of the opening period's rows have each value of a column. */
const countBy = (column: string) => {
  const counts: Record<string, number> = {};
  for (const row of opening.rows) counts[row[column]!] = (counts[row[column]!] ?? 0) + 1;
  return counts;
};
const largest = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1])[0];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the dashboard test needs Debian's Chromium (sudo apt-get install chromium).`);
  stack = await startTestStack();
  const imported = await importCfpbComplaints(readCfpbCsv(FIXTURE), {
    store: complaintStore(stack.config),
    clock: systemClock,
    organizationId: stack.config.settingsDefaults.organizationId,
  });
  expect(imported).toMatchObject({ imported: 50, bad: 0 });
  await statsSettled(stack);

  const records: Array<Readonly<Record<string, string | undefined>>> = [];
  for await (const row of readCfpbCsv(FIXTURE)) if ('record' in row) records.push(row.record);
  opening.to = records.map((r) => r['Date received']!).sort().at(-1)!;
  opening.from = addDays(opening.to, -89);
  opening.rows = records.filter((r) => r['Date received']! >= opening.from);

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
  test('opens on the 90 days up to the newest imported complaint and shows their figures', async () => {
    await page.goto(stack.urls.dashboard);
    await drawn(page);

    expect([await page.inputValue('#from'), await page.inputValue('#to')]).toEqual([opening.from, opening.to]);
    expect(await figure('received')).toBe(String(opening.rows.length));
    expect(await page.locator('#status').innerText()).toContain(`${opening.rows.length} complaints received`);
    expect(total(await chart('trend-chart'), 'Received')).toBe(opening.rows.length);

    // Grouped by category, which the importer takes from the CFPB's Issue.
    const [topIssue, topCount] = largest(countBy('Issue'));
    const groups = await chart('groups-chart');
    expect([groups.labels[0], groups.datasets[0].data[0]]).toEqual([topIssue, topCount]);
    await page.click('section:has(#groups-table) summary');
    expect(await page.locator('#groups-table').innerText()).toContain(topIssue);
    expect(await page.locator('#hotspots-table caption').innerText()).toContain(`Against ${addDays(opening.from, -90)} to ${addDays(opening.from, -1)}`);
    expect(consoleErrors).toEqual([]);
  });

  test('redraws the charts for another dimension and for one group of it', async () => {
    await page.goto(stack.urls.dashboard);
    await drawn(page);

    await page.selectOption('#dimension', 'PRODUCT');
    await drawn(page);
    const products = countBy('Product');
    const groups = await chart('groups-chart');
    expect(Object.fromEntries(groups.labels.map((label, i) => [label, groups.datasets[0].data[i]]))).toEqual(products);
    expect(groups.labels[0]).toBe(largest(products)[0]);

    const [smallest, smallestCount] = Object.entries(products).sort((a, b) => a[1] - b[1])[0];
    await page.selectOption('#group', smallest);
    await drawn(page);
    expect(await figure('received')).toBe(String(smallestCount));
    expect(total(await chart('trend-chart'), 'Received')).toBe(smallestCount);
    expect(await page.locator('#trend-title').innerText()).toContain(smallest);
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
    expect(await figure('received')).toBe(String(opening.rows.length));
    expect(await page.locator('#sign-in').isHidden()).toBe(true);
  });
});
