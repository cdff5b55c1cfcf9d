import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { LocalStack } from '../../local/stack';
import { launchBrowser, seriousViolations, type TestBrowser } from '../harness/browser';
import { asStaff, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';
import { signInAsStaff } from '../harness/staff-sign-in';

// The workspace's administration section as an administrator uses it, in Debian's Chromium
// against a whole local stack.
jest.setTimeout(180_000);

let stack: LocalStack;
let browser: TestBrowser;
const ADMIN = asStaff('admin-1', 'ADMIN');
const SETTINGS = '{ organizationSettings { version feedbackWindowDays businessHoursEnd } }';
const UPDATE = 'mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }';

const settings = async () => (await graphql(stack, SETTINGS, {}, ADMIN)).data!.organizationSettings as { version: number; feedbackWindowDays: number; businessHoursEnd: string };

beforeAll(async () => {
  stack = await startTestStack();
  const { version } = await settings();
  const saved = await graphql(
    stack,
    UPDATE,
    {
      input: {
        expectedVersion: version,
        staff: [
          { id: 'admin-1', name: 'Ada Admin', email: 'ada@example.com', language: 'EN' },
          { id: 'handler-1', name: '李娜', email: 'li.na@example.com' },
        ],
        teams: [{ id: 'team-1', name: 'Network', memberIds: ['handler-1'], supervisorId: 'admin-1' }],
        routingRules: [{ category: 'Mobile network', teamId: 'team-1' }],
      },
    },
    ADMIN,
  );
  expect(saved.errors).toBeUndefined();
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(stack.urls.staff).origin });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openAsAdmin(path: string, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page & { errors: string[] }> {
  const page = await browser.newPage();
  await signInAsStaff(page, stack, { staffId: 'admin-1', role: 'ADMIN' });
  await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(language)});` });
  await page.goto(`${stack.urls.staff}${path}`);
  return page;
}

/**
 * Whether the workspace still holds `text` anywhere in its components' props and state,
 * walked from the page's root through Preact's own (mangled) fields: `__k` a vnode's
 * children, `__c` its component, `__H` the component's hooks. DOM nodes are not walked.
 */
const appHolds = (page: Page, text: string) =>
  page.evaluate<boolean>(`(() => {
    const wanted = ${JSON.stringify(text)};
    const seen = new WeakSet();
    const pending = [document.getElementById('app').__k];
    while (pending.length) {
      const value = pending.pop();
      if (typeof value === 'string' && value.includes(wanted)) return true;
      if (!value || typeof value !== 'object' || seen.has(value) || value instanceof Node) continue;
      seen.add(value);
      pending.push(...Object.values(value));
    }
    return false;
  })()`);

describe('organization settings', () => {
  it('shows the API\'s objection next to the field, then saves a valid value and moves to the next version', async () => {
    const before = await settings();
    const page = await openAsAdmin('admin/settings');
    const window = page.getByLabel('评价期限（天）');
    await window.fill('0');
    await page.getByRole('button', { name: '保存设置' }).click();

    const error = page.locator('#feedbackWindowDays-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('must be 1 to 365');
    expect(await window.getAttribute('aria-describedby')).toContain('feedbackWindowDays-error');
    expect(await window.getAttribute('aria-invalid')).toBe('true');
    expect((await settings()).version).toBe(before.version);

    await window.fill('30');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText(`已保存。设置现为版本 ${before.version + 1}。`).waitFor();
    expect(await error.count()).toBe(0);
    expect(await settings()).toMatchObject({ version: before.version + 1, feedbackWindowDays: 30 });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('tells that someone else saved first, loads their version and keeps one\'s own edit', async () => {
    const page = await openAsAdmin('admin/settings', 'en');
    const window = page.getByLabel('Feedback window (days)');
    await window.waitFor();
    await window.fill('45');

    // Someone else saves another field in the meantime.
    const { version } = await settings();
    expect((await graphql(stack, UPDATE, { input: { expectedVersion: version, businessHoursEnd: '17:30' } }, ADMIN)).errors).toBeUndefined();

    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Someone else saved the settings after you opened them').waitFor();
    await page.getByRole('button', { name: 'Load the latest settings and keep my edits' }).click();
    await page.getByText(`Loaded version ${version + 1}.`).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Loaded version' }).innerText()).toContain('Your edits to Feedback window (days) are kept');
    expect(await window.inputValue()).toBe('45');
    expect(await page.getByLabel('Business hours end').inputValue()).toBe('17:30');
    // The button went with the warning: the focus is at the top of the form, above what was loaded and kept, not dropped to the page.
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('settings-title');

    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(`Saved. The settings are now at version ${version + 2}.`).waitFor();
    expect(await settings()).toMatchObject({ version: version + 2, feedbackWindowDays: 45, businessHoursEnd: '17:30' });
    await page.close();
  });
});

describe('partner API keys', () => {
  it('creates a key whose secret is shown once to copy, rotates it (the old one stops working) and revokes it after confirmation', async () => {
    const page = await openAsAdmin('admin/api-keys', 'en');
    await page.getByLabel('Partner id').fill('shop-7');
    await page.getByLabel('Name').fill('Shop 7 integration');
    await page.getByRole('button', { name: 'Create the key' }).click();

    await page.getByText('it is shown this once and cannot be shown again').waitFor();
    const focused = () => page.evaluate<string | undefined>('document.activeElement?.id');
    // The secret appears above the form: the focus goes to it, not left on the button below.
    expect(await focused()).toBe('issued-secret');
    const secret = await page.getByLabel('API key (send in x-api-key)').inputValue();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(secret);
    const viewer = async (apiKey: string) => (await graphql(stack, '{ viewer { kind id } }', {}, { 'x-api-key': apiKey })).data?.viewer as { kind: string; id: string } | undefined;
    expect(await viewer(secret)).toEqual({ kind: 'PARTNER', id: 'shop-7' });
    await page.getByRole('button', { name: 'I have kept it' }).click();
    // getByText never matches an input's value: the field itself must be gone.
    expect(await page.getByLabel('API key (send in x-api-key)').count()).toBe(0);
    // Shown once means kept once: nothing in the app holds the secret after "I have kept it".
    expect(await appHolds(page, secret)).toBe(false);
    expect(await focused()).toBe('keys-title');

    const row = page.getByRole('row').filter({ hasText: 'Shop 7 integration' });
    await row.getByRole('button', { name: 'Rotate' }).click();
    await page.getByText('it is shown this once').waitFor();
    expect(await focused()).toBe('issued-secret');
    const rotated = await page.getByLabel('API key (send in x-api-key)').inputValue();
    expect(await appHolds(page, rotated)).toBe(true);
    expect(rotated).not.toBe(secret);
    expect(await viewer(rotated)).toEqual({ kind: 'PARTNER', id: 'shop-7' });
    expect(await viewer(secret)).toBeUndefined();
    await page.getByRole('button', { name: 'I have kept it' }).click();
    expect(await appHolds(page, rotated)).toBe(false);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Yes, revoke it' }).click();
    await row.getByText('Revoked').waitFor();
    expect(await viewer(rotated)).toBeUndefined();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('webhooks', () => {
  it('registers a partner\'s webhook (secret never shown back) and deletes it after confirmation', async () => {
    const page = await openAsAdmin('admin/webhooks');
    await page.getByLabel('合作方编号').fill('shop-8');
    await page.getByLabel('地址').fill('https://shop-8.example/hooks');
    await page.getByLabel('签名密钥').fill('short');
    await page.getByRole('button', { name: '登记 Webhook' }).click();
    await page.locator('#webhook-secret-error').waitFor();

    await page.getByLabel('签名密钥').fill('shop-8-signing-secret-0123');
    await page.getByRole('button', { name: '登记 Webhook' }).click();
    const row = page.getByRole('row').filter({ hasText: 'shop-8' });
    await row.getByText('https://shop-8.example/hooks').waitFor();
    expect(await page.content()).not.toContain('shop-8-signing-secret-0123');
    // Nor kept once registered (the form is cleared, and so is what was sent).
    expect(await appHolds(page, 'shop-8-signing-secret-0123')).toBe(false);
    expect((await graphql(stack, '{ webhooks { partnerId url } }', {}, ADMIN)).data!.webhooks).toContainEqual({ partnerId: 'shop-8', url: 'https://shop-8.example/hooks' });

    await row.getByRole('button', { name: '删除' }).click();
    await row.getByRole('button', { name: '确定删除' }).click();
    await page.getByText('已删除 shop-8 的 Webhook。').waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await graphql(stack, '{ webhooks { partnerId } }', {}, ADMIN)).data!.webhooks).not.toContainEqual({ partnerId: 'shop-8' });
    await page.close();
  });
});

describe('data protection and export', () => {
  it('downloads a complainant\'s data as a JSON file without the email in any URL, and erases it only once the address is typed twice', async () => {
    const submission = sampleSubmission();
    const email = submission.complainant.email!;
    const reference = (await graphql(stack, SUBMIT, { input: submission })).data!.submitComplaint.reference as string;
    const page = await openAsAdmin('admin/data-protection', 'en');
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));

    await page.locator('#export-email').fill(email);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download their data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^complainant-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path()), 'utf8'));
    expect(exported.complaints.map((c: { reference: string }) => c.reference)).toEqual([reference]);
    await page.getByText('Downloaded. Complaints in the file: 1.').waitFor();

    const erase = page.getByRole('button', { name: 'Erase their personal data' });
    await page.locator('#erase-email').fill(email);
    await page.locator('#erase-confirm').fill('someone-else@example.com');
    expect(await erase.isDisabled()).toBe(true);
    await page.locator('#erase-confirm').fill(email);
    await erase.click();
    await page.getByText('Done. Complaints whose personal data was removed: 1.').waitFor();
    expect(urls.filter((u) => u.includes(encodeURIComponent(email)) || u.includes(email))).toEqual([]);
    await page.close();
  });

  it('downloads the complaints received in a period as one CSV file', async () => {
    // Up to two days ahead: the organization's calendar may be ahead of UTC.
    const to = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const page = await openAsAdmin('admin/export', 'en');
    await page.getByLabel('Received from').fill(from);
    await page.getByLabel('Received to').fill(to);
    await page.getByLabel('Format').selectOption('OPEN_DATA');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`complaints-${from}-${to}-open_data.csv`);
    const csv = readFileSync((await download.path()), 'utf8');
    const rows = Number((await page.getByText(/^Downloaded: \d+ rows\.$/).innerText()).match(/\d+/)![0]);
    expect(rows).toBeGreaterThan(0);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(rows + 1);
    await page.close();
  });
});

describe('the section', () => {
  it('tells a member of staff who is not an administrator that it is not for them', async () => {
    const page = await browser.newPage();
    await signInAsStaff(page, stack, { staffId: 'handler-1', role: 'HANDLER' });
    await page.addInitScript({ content: "localStorage.setItem('complaint-platform.language', 'zh-CN');" });
    await page.goto(`${stack.urls.staff}admin/settings`);
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    // The roles it is for, named in the reader's language.
    await page.getByText('可访问的角色：管理员。').waitFor();
    expect(await page.getByLabel('时区').count()).toBe(0);
    await page.close();
  });

  it.each(['settings', 'api-keys', 'webhooks', 'data-protection', 'export'])('has no serious or critical accessibility violations on %s', async (path) => {
    const page = await openAsAdmin(`admin/${path}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
