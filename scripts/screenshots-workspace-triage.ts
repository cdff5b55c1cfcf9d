import { join } from 'node:path';
import { signInAsStaff } from '../test/harness/staff-sign-in';
import { PEOPLE, setUpWorkspaceOrganization, submitted } from '../test/harness/workspace-organization';
import { SCREENSHOTS, takeScreenshots } from './screenshot-session';

/**
 * npx tsx scripts/screenshots-workspace-triage.ts: the pictures of triage suggestions
 * (docs/screenshots/workspace-triage-*.png: a case's suggestions and the lists' triage
 * column; zh-CN and en), taken in Debian's Chromium against a local stack in memory.
 */
const LOCALES = ['zh-CN', 'en'] as const;

takeScreenshots(async (stack, browser) => {
  await setUpWorkspaceOrganization(stack);
  await submitted(stack, { category: 'Billing', facts: '账单中出现未订购的增值业务扣费，客服敷衍推诿，我已失业，实在还不起。' });
  const complaint = await submitted(stack, {
    category: 'Housing',
    facts:
      'My mortgage servicer started foreclosure while my loan modification was under review. They keep losing my escrow documents and we may lose our home next month. This is outrageous.',
    complainant: { name: 'Ada Lovelace', email: 'ada@example.com', preferredLanguage: 'EN' },
  });
  for (const locale of LOCALES) {
    const page = await browser.newPage();
    await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(locale)});` });
    await signInAsStaff(page, stack, PEOPLE.supervisor);
    await page.goto(`${stack.urls.staff}complaints/${complaint.id}`);
    await page.locator('#case-triage').waitFor();
    await page.locator('#case-triage').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="case-triage"]').screenshot({ path: join(SCREENSHOTS, `workspace-triage-case-${locale}.png`) });
    await page.goto(`${stack.urls.staff}complaints?list=all`);
    await page.locator('table.complaints tbody tr').nth(1).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `workspace-triage-list-${locale}.png`) });
    await page.close();
  }
});
