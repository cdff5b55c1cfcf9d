import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { systemClock } from '../functions/core/clock';
import { importCfpbComplaints } from '../functions/core/import/import-complaints';
import { complaintStore } from '../functions/wiring/dynamodb';
import { asStaff, graphql, statsSettled } from '../test/harness/local-stack';
import { signInAsStaff } from '../test/harness/staff-sign-in';
import { readCfpbCsv } from './cfpb-csv';
import { SCREENSHOTS, takeScreenshots } from './screenshot-session';

/**
 * Needs a CJK font for the Chinese shots (Debian: apt-get install fonts-wqy-microhei).
 * Screenshots of the workspace's administration and analytics sections, in Chinese and
 * English, for docs/screenshots/: npx tsx scripts/screenshots-workspace-admin.ts
 * A local stack on free ports holds the CFPB sample and a small organization.
 */
const ADMIN = asStaff('admin-1', 'ADMIN');

takeScreenshots(async (stack, browser) => {
  await importCfpbComplaints(readCfpbCsv(join(__dirname, '..', 'test', 'fixtures', 'cfpb', 'sample-50.csv')), {
    store: complaintStore(stack.config),
    clock: systemClock,
    organizationId: stack.config.settingsDefaults.organizationId,
  });
  await statsSettled(stack);
  const { version } = (await graphql<{ organizationSettings: { version: number } }>(stack, '{ organizationSettings { version } }', {}, ADMIN)).data!.organizationSettings;
  const saved = await graphql(
    stack,
    'mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }',
    {
      input: {
        expectedVersion: version,
        staff: [
          { id: 'admin-1', name: '周敏', email: 'zhou.min@example.com', language: 'ZH_CN' },
          { id: 'sup-1', name: 'Sam Supervisor', email: 'sam@example.com', language: 'EN' },
          { id: 'handler-1', name: '李娜', email: 'li.na@example.com' },
          { id: 'analyst-1', name: 'Ana Lyst', email: 'ana@example.com', language: 'EN' },
        ],
        teams: [{ id: 'credit', name: 'Credit reports', memberIds: ['handler-1'], supervisorId: 'sup-1' }],
        routingRules: [{ category: 'Incorrect information on your report', teamId: 'credit' }],
        slaTargets: [{ priority: 'NORMAL', acceptanceDecision: { amount: 2, unit: 'WORKING_DAYS' }, resolution: { amount: 15, unit: 'WORKING_DAYS' } }],
        managerId: 'sup-1',
        evaluationReport: { frequency: 'MONTHLY', recipientIds: ['admin-1'] },
      },
    },
    ADMIN,
  );
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  await graphql(stack, 'mutation { createPartnerApiKey(partnerId: "shop-1", name: "网店接口") { apiKey } }', {}, ADMIN);
  await graphql(stack, 'mutation { registerWebhook(partnerId: "shop-1", url: "https://shop-1.example/hooks/complaints", secret: "shop-1-signing-secret") { url } }', {}, ADMIN);
  await graphql(
    stack,
    'mutation($input: ImprovementActionInput!) { createImprovementAction(input: $input) { id } }',
    { input: { title: 'Rewrite the dispute letters', dimension: 'CATEGORY', key: 'Incorrect information on your report', ownerId: 'analyst-1', dueOn: '2020-06-30' } },
    ADMIN,
  );

  const shoot = async (name: string, path: string, language: 'zh-CN' | 'en', ready: (page: Page) => Promise<unknown>, fullPage = false) => {
    const page = await browser.newPage();
    await signInAsStaff(page, stack, { staffId: 'admin-1', role: 'ADMIN' });
    await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(language)});` });
    await page.goto(`${stack.urls.staff}${path}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    // The whole page in a window as tall as it, so sticky parts sit where they belong.
    if (fullPage) await page.setViewportSize({ width: 1280, height: await page.evaluate<number>('document.documentElement.scrollHeight') });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${language}.png`) });
    if (page.errors.length) throw new Error(`${name}: ${page.errors.join('; ')}`);
    await page.close();
  };
  const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first().waitFor();
  const drawn = (page: Page) => page.waitForSelector('.analytics[data-state="ready"]').then(() => page.waitForTimeout(500));
  for (const language of ['zh-CN', 'en'] as const) {
    await shoot('workspace-admin-settings', 'admin/settings', language, heading, true);
    await shoot('workspace-admin-keys', 'admin/api-keys', language, async (page) => {
      await page.locator('#key-partner').fill('shop-2');
      await page.locator('#key-name').fill(language === 'en' ? 'Shop 2 orders' : '二号网店');
      await page.locator('form[aria-labelledby="new-key-title"] button[type="submit"]').click();
      await page.locator('#issued-secret').waitFor();
    });
    await shoot('workspace-analytics', 'analytics', language, drawn, true);
  }
  await shoot('workspace-admin-webhooks', 'admin/webhooks', 'zh-CN', heading);
  await shoot('workspace-analytics-actions', 'analytics/actions', 'en', heading);
});
