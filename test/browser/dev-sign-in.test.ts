import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LocalStack } from '../../local/stack';
import { localStaffAuthConfig } from '../../local/staff-auth-config';
import { OAuthClient } from '../../web/staff/auth/oauth-client';
import { asStaff, graphql, startTestStack } from '../harness/local-stack';

// The development sign-in page in Debian's Chromium: the page a person sees, its content
// security policy (which must let the form's redirect back to the workspace through), and
// the code it hands back, exchanged by the workspace's own client.
jest.setTimeout(120_000);

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let stack: LocalStack;
let browser: BrowserContext;
let profile: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's Chromium (sudo apt-get install chromium).`);
  stack = await startTestStack();
  const settings = await graphql(
    stack,
    'mutation { updateOrganizationSettings(input: { expectedVersion: 0, staff: [{ id: "h7", name: "Hana Handler", email: "h7@example.org" }] }) { version } }',
    {},
    asStaff('setup', 'ADMIN', 'acme'),
  );
  expect(settings.errors).toBeUndefined();
  profile = mkdtempSync(join(tmpdir(), 'dev-sign-in-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it('signs a member of staff in from the development sign-in page, which has no serious accessibility violation', async () => {
  const storage = new Map<string, string>();
  const client = new OAuthClient(localStaffAuthConfig(stack.urls.api), {
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
    navigate: (url) => void page.goto(url),
    fetch: (url, init) => fetch(url, init),
    crypto: webcrypto,
    now: () => Date.now(),
  });
  await client.signIn('/staff/queue');
  await page.waitForSelector('h1');
  await expect(page.locator('.warning').innerText()).resolves.toContain('Development only');

  await page.selectOption('#organization', 'acme');
  await page.getByRole('button', { name: /Show its staff/ }).click();
  await page.waitForSelector('h2:has-text("Sign in to acme")');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.selectOption('#staff_id', 'h7');
  await page.getByRole('radio', { name: /Supervisor/ }).check();
  await page.getByRole('button', { name: /^Sign in/ }).click();
  await page.waitForURL(/\/staff\/callback\?code=/);

  expect(await client.completeSignIn(page.url())).toEqual({ returnTo: '/staff/queue' });
  const viewer = await graphql(stack, '{ viewer { kind organizationId id role } }', {}, { authorization: `Bearer ${(await client.accessToken()) ?? ''}` });
  expect(viewer.data!.viewer).toEqual({ kind: 'STAFF', organizationId: 'acme', id: 'h7', role: 'SUPERVISOR' });
  // No content security policy violation on the way (Chromium reports them as console errors).
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

it('leaves a failed callback for a fresh sign-in: the spent code is out of the address bar, and a refresh goes to the sign-in page', async () => {
  const tab = await browser.newPage();
  try {
    // A code and state this tab never asked for: the state check refuses them.
    await tab.goto(`${stack.urls.staff}callback?code=spent-code&state=not-this-tabs`);
    await tab.getByText('The workspace could not load or finish signing in').waitFor();
    expect(new URL(tab.url()).pathname).toBe('/staff/');
    expect(tab.url()).not.toContain('spent-code');
    await tab.reload();
    await tab.waitForURL(/\/oauth2\/authorize/);
    await tab.getByRole('heading', { name: /Development sign-in/ }).waitFor();
  } finally {
    await tab.close();
  }
});
