import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { systemClock } from '../../functions/core/clock';
import { importCfpbComplaints } from '../../functions/core/import/import-complaints';
import { complaintStore } from '../../functions/wiring/dynamodb';
import type { LocalStack } from '../../local/stack';
import { readCfpbCsv } from '../../scripts/cfpb-csv';
import { launchBrowser, seriousViolations, type TestBrowser } from '../harness/browser';
import { asStaff, graphql, startTestStack, statsSettled } from '../harness/local-stack';
import { signInAsStaff } from '../harness/staff-sign-in';

// The workspace's analytics section as an analyst uses it, in Debian's Chromium, against a
// whole local stack holding the CFPB sample, its aggregates kept by the stream.
jest.setTimeout(180_000);

const FIXTURE = join(__dirname, '..', 'fixtures', 'cfpb', 'sample-50.csv');
const ADMIN = asStaff('admin-1', 'ADMIN');

let stack: LocalStack;
let browser: TestBrowser;

/** The fixture's rows in the section's opening period: the 90 days up to the newest complaint. */
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

  const { version } = (await graphql(stack, '{ organizationSettings { version } }', {}, ADMIN)).data!.organizationSettings;
  const staff = [{ id: 'analyst-1', name: 'Ana Lyst', email: 'ana@example.com' }, { id: 'handler-1', name: 'Han Dler', email: 'han@example.com' }];
  expect((await graphql(stack, 'mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }', { input: { expectedVersion: version, staff } }, ADMIN)).errors).toBeUndefined();
  browser = await launchBrowser({ viewport: { width: 1280, height: 1600 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openAsAnalyst(path: string, language: 'zh-CN' | 'en' = 'en'): Promise<Page & { errors: string[] }> {
  const page = await browser.newPage();
  await signInAsStaff(page, stack, { staffId: 'analyst-1', role: 'ANALYST' });
  await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(language)});` });
  await page.goto(`${stack.urls.staff}${path}`);
  return page;
}

/** Waits until the section has drawn the answer to its latest request. */
const drawn = (page: Page) => page.waitForSelector('.analytics[data-state="ready"]');
const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).innerText();
/** A data table's body rows, cell texts. */
const tableRows = (page: Page, id: string) => page.locator(`#${id} tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

describe('the analytics figures', () => {
  it('open on the 90 days up to the newest imported complaint and show the fixture\'s counts', async () => {
    const page = await openAsAnalyst('analytics');
    await drawn(page);

    expect([await page.getByLabel('From', { exact: true }).inputValue(), await page.getByLabel('To', { exact: true }).inputValue()]).toEqual([opening.from, opening.to]);
    expect(await figure(page, 'received')).toBe(String(opening.rows.length));
    expect(await page.getByRole('status').filter({ hasText: 'complaints received' }).innerText()).toContain(`${opening.rows.length} complaints received`);
    const trend = await tableRows(page, 'trend-table');
    expect(trend.reduce((n, row) => n + Number(row[1]), 0)).toBe(opening.rows.length);

    // Grouped by category, which the importer takes from the CFPB's Issue.
    const [topIssue, topCount] = largest(countBy('Issue'));
    const groups = await tableRows(page, 'groups-table');
    expect([groups[0][0], Number(groups[0][1])]).toEqual([topIssue, topCount]);
    expect(await page.locator('#hotspots-table caption').innerText()).toContain(`Against ${addDays(opening.from, -90)} to ${addDays(opening.from, -1)}`);
    // Chart.js came on demand, after the workspace's first load.
    expect(await page.locator('canvas').count()).toBe(5);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('redraw for another dimension and for one group of it', async () => {
    const page = await openAsAnalyst('analytics');
    await drawn(page);

    await page.getByLabel('Group by').selectOption('PRODUCT');
    await drawn(page);
    const products = countBy('Product');
    const groups = await tableRows(page, 'groups-table');
    expect(Object.fromEntries(groups.map((row) => [row[0], Number(row[1])]))).toEqual(products);
    expect(groups[0][0]).toBe(largest(products)[0]);

    const [smallest, smallestCount] = Object.entries(products).sort((a, b) => a[1] - b[1])[0];
    await page.getByLabel('Group', { exact: true }).selectOption(smallest);
    await page.getByRole('heading', { name: `Headline (${smallest})` }).waitFor();
    await drawn(page);
    expect(await figure(page, 'received')).toBe(String(smallestCount));
    expect((await tableRows(page, 'trend-table')).reduce((n, row) => n + Number(row[1]), 0)).toBe(smallestCount);
    expect(await page.locator('#trend-title').innerText()).toContain(smallest);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('speak Chinese too', async () => {
    const page = await openAsAnalyst('analytics', 'zh-CN');
    await drawn(page);
    await page.getByRole('heading', { name: '统计分析' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '件投诉' }).innerText()).toContain(`共收到 ${opening.rows.length} 件投诉`);
    await page.close();
  });
});

describe('improvement actions', () => {
  it('are created, marked done with the day they took effect, and show their measured effect', async () => {
    const [topIssue] = largest(countBy('Issue'));
    const page = await openAsAnalyst('analytics/actions');
    await page.getByLabel('Title').fill('Fix the credit report dispute letters');
    await page.getByLabel('Scope: dimension').selectOption('CATEGORY');
    await page.getByLabel('Scope: group').fill(topIssue);
    await page.getByLabel('Owner').selectOption('analyst-1');
    await page.getByLabel('Due').fill(opening.to);
    await page.getByRole('button', { name: 'Create the action' }).click();

    await page.getByText('Created: Fix the credit report dispute letters').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Fix the credit report dispute letters' });
    expect(await row.innerText()).toContain(`Category: ${topIssue}`);
    expect(await row.innerText()).toContain('Ana Lyst');
    await row.getByRole('link').click();

    await page.getByRole('heading', { name: 'Fix the credit report dispute letters' }).waitFor();
    await page.getByLabel('Status').selectOption('DONE');
    await page.getByLabel('Took effect on').fill(addDays(opening.to, -30));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved (version 2).').waitFor();
    const facts = page.locator('dl.facts');
    await facts.getByText('Done').waitFor();
    expect(await facts.innerText()).toMatch(/\d+ days before and after: [\d.]+ → [\d.]+ complaints a day/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('improvement actions refused by the API', () => {
  it('after someone else saved first, reloads their version, clears the warning and saves', async () => {
    const created = await graphql(
      stack,
      'mutation($input: ImprovementActionInput!) { createImprovementAction(input: $input) { id version } }',
      { input: { title: 'Shorter hold times', dimension: 'ALL', ownerId: 'analyst-1', dueOn: opening.to } },
      ADMIN,
    );
    const { id, version } = created.data!.createImprovementAction as { id: string; version: number };
    const page = await openAsAnalyst(`analytics/actions/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: 'Shorter hold times' }).waitFor();
    const elsewhere = await graphql(stack, 'mutation($input: UpdateImprovementActionInput!) { updateImprovementAction(input: $input) { version } }', { input: { id, expectedVersion: version, status: 'IN_PROGRESS' } }, ADMIN);
    expect(elsewhere.errors).toBeUndefined();

    await page.getByLabel('Status').selectOption('DONE');
    await page.getByRole('button', { name: 'Save' }).click();
    const warning = page.getByText('Someone else changed this action first');
    await warning.waitFor();
    await page.getByRole('button', { name: 'Reload the action' }).click();
    await page.locator('dl.facts').getByText('In progress').waitFor();
    expect(await warning.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('update-status');

    await page.getByLabel('Status').selectOption('DONE');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved (version ${version + 2}).`).waitFor();
    await page.close();
  });

  it('names the complaint id that matches no complaint next to the field it was typed in', async () => {
    const page = await openAsAnalyst('analytics/actions');
    await page.getByLabel('Title').fill('Answer the dispute letters sooner');
    await page.getByLabel('Scope: dimension').selectOption('ALL');
    await page.getByLabel('Owner').selectOption('analyst-1');
    await page.getByLabel('Due').fill(opening.to);
    await page.getByLabel('Complaints that led to it').fill('no-such-complaint');
    await page.getByRole('button', { name: 'Create the action' }).click();

    const field = page.getByLabel('Complaints that led to it');
    await page.locator('#action-complaints-error').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    expect(described).toContain('action-complaints-error');
    expect(await page.locator('#action-complaints-error').innerText()).toContain('no-such-complaint: matches no complaint');
    await page.close();
  });
});

describe('the section', () => {
  it('is where the old dashboard address leads', async () => {
    const response = await fetch(new URL('/dashboard/', stack.urls.staff), { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([308, '/staff/analytics']);
  });

  it('tells a handler that it is not for them', async () => {
    const page = await browser.newPage();
    await signInAsStaff(page, stack, { staffId: 'handler-1', role: 'HANDLER' });
    await page.addInitScript({ content: "localStorage.setItem('complaint-platform.language', 'en');" });
    await page.goto(`${stack.urls.staff}analytics`);
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await page.close();
  });

  it.each(['analytics', 'analytics/actions'])('has no serious or critical accessibility violations on %s', async (path) => {
    const page = await openAsAnalyst(path, 'zh-CN');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    if (path === 'analytics') await drawn(page);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('hotspots and emerging topics on the dashboard', () => {
  /** Rows in the export's layout, each a real fixture row's with a made-up id, day, business and narrative. */
  async function importRows(rows: Array<{ day: string; company: string; narrative: string }>, firstId: number) {
    let template: Readonly<Record<string, string | undefined>> | undefined;
    for await (const row of readCfpbCsv(FIXTURE)) if ('record' in row) template ??= row.record;
    const records = rows.map((r, i) => ({
      line: i + 2,
      record: { ...template!, 'Complaint ID': String(firstId + i), 'Date received': r.day, Company: r.company, 'Consumer complaint narrative': r.narrative, 'Consumer consent provided?': 'Consent provided' },
    }));
    const imported = await importCfpbComplaints(records, { store: complaintStore(stack.config), clock: systemClock, organizationId: stack.config.settingsDefaults.organizationId });
    expect(imported).toMatchObject({ imported: rows.length, bad: 0 });
  }

  beforeAll(async () => {
    // The 90 days before the opening period: a lender's late fees. The opening period's last days: a bank's overdraft fees.
    await importRows(Array.from({ length: 30 }, (_, i) => ({ day: addDays(opening.from, -60 + (i % 20)), company: 'EXAMPLE LENDER', narrative: 'I was charged a late payment fee although my payment was sent on time.' })), 90000100);
    const overdraft = ['The overdraft fee was charged twice.', 'An overdraft fee appeared after my paycheck deposit.', 'Why is there an overdraft fee on a positive balance?'];
    await importRows(Array.from({ length: 30 }, (_, i) => ({ day: addDays(opening.to, -(i % 10)), company: 'EXAMPLE BANK', narrative: overdraft[i % 3] })), 90000200);
    await statsSettled(stack);
  });

  it("show a rising business's effect size next to its p- and q-value, and the phrase that rose with complaints to open", async () => {
    const page = await openAsAnalyst('analytics');
    await drawn(page);
    await page.getByLabel('Group by').selectOption('RESPONDENT');
    await drawn(page);

    const hotspots = page.getByRole('table', { name: /groups tested together/ });
    const bank = hotspots.getByRole('row').filter({ hasText: 'EXAMPLE BANK' });
    const cells = await bank.getByRole('cell').allInnerTexts();
    // 30 this period and none before: its share is new, at least some times what it was, beyond chance.
    expect(cells.slice(0, 3)).toEqual(['EXAMPLE BANK', '30', '0']);
    expect(cells[4]).toMatch(/^new \(≥ ×[\d.]+\)$/);
    expect(cells[5]).toBe('< 0.001');
    expect(cells[7]).toBe('Yes ★');

    const topics = page.getByRole('region', { name: 'Emerging topics: words rising in complaints' });
    await page.locator('.topics[data-state="ready"]').waitFor();
    const overdraft = topics.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^overdraft fee/ }) });
    expect(await overdraft.getByRole('cell').nth(0).innerText()).toBe('30');
    const example = overdraft.getByRole('link').first();
    expect(await overdraft.locator('q').first().innerText()).toMatch(/overdraft fee/i);
    // The link names the case by its id, never by its text.
    expect(await example.getAttribute('href')).toMatch(/^\/staff\/complaints\/[\w-]+$/);
    await example.click();
    await page.waitForURL(/\/staff\/complaints\//);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('show the emerging topics in Chinese too', async () => {
    const page = await openAsAnalyst('analytics', 'zh-CN');
    await drawn(page);
    const topics = page.getByRole('region', { name: '新出现的话题：投诉中上升的词语' });
    await page.locator('.topics[data-state="ready"]').waitFor();
    expect(await topics.getByRole('columnheader').allInnerTexts()).toEqual(['词语', '本期间', '上一期间', '占比倍数（95% 置信区间）', 'q 值', '投诉示例']);
    expect(await topics.getByRole('rowheader', { name: /^overdraft fee/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
