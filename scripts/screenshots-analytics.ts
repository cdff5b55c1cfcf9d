import { join } from 'node:path';
import { systemClock } from '../functions/core/clock';
import { importCfpbComplaints, type SourceRow } from '../functions/core/import/import-complaints';
import { complaintStore } from '../functions/wiring/dynamodb';
import { statsSettled } from '../test/harness/local-stack';
import { signInAsStaff } from '../test/harness/staff-sign-in';
import { readCfpbCsv } from './cfpb-csv';
import { SCREENSHOTS, takeScreenshots } from './screenshot-session';

/**
 * npx tsx scripts/screenshots-analytics.ts: the analytics page's hotspots and emerging topics
 * (docs/screenshots/workspace-analytics-hotspots-{zh-CN,en}.png) on two real CFPB weeks of the
 * in-repo sample, 2019-03-11 to 17 (67 complaints) and 18 to 24 (281), where the volume
 * quadrupled. Needs a CJK font for the Chinese shot (Debian: fonts-wqy-microhei).
 */
const SAMPLE = join(__dirname, '..', 'bench', 'data', 'source', 'cfpb_complaints_sample_2015-2020.csv');
const WEEK = { from: '2019-03-18', to: '2019-03-24' };

async function* twoWeeks(): AsyncGenerator<SourceRow> {
  for await (const row of readCfpbCsv(SAMPLE)) {
    const day = 'record' in row ? row.record['Date received'] : undefined;
    if (day && day >= '2019-03-11' && day <= WEEK.to) yield row;
  }
}

takeScreenshots(async (stack, browser) => {
  await importCfpbComplaints(twoWeeks(), { store: complaintStore(stack.config), clock: systemClock, organizationId: stack.config.settingsDefaults.organizationId });
  await statsSettled(stack);
  for (const language of ['zh-CN', 'en'] as const) {
    const page = await browser.newPage();
    await signInAsStaff(page, stack, { staffId: 'analyst-1', role: 'ANALYST' });
    await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(language)});` });
    await page.goto(`${stack.urls.staff}analytics`);
    await page.waitForSelector('.analytics[data-state="ready"]');
    await page.locator('#from').fill(WEEK.from);
    await page.locator('#to').fill(WEEK.to);
    await page.locator('#dimension').selectOption('RESPONDENT');
    await page.waitForSelector('.analytics[data-state="ready"] .topics[data-state="ready"]');
    await page.waitForTimeout(500);
    const hotspots = page.locator('#hotspots-title');
    await hotspots.scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1280, height: await page.evaluate<number>('document.documentElement.scrollHeight') });
    await page.screenshot({ path: join(SCREENSHOTS, `workspace-analytics-hotspots-${language}.png`) });
    if (page.errors.length) throw new Error(page.errors.join('; '));
    await page.close();
  }
});
