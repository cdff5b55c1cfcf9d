import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { firstEmailTo, recorded, replyTo } from '../test/harness/inbound-mail';
import { signInAsStaff } from '../test/harness/staff-sign-in';
import { PEOPLE, setUpWorkspaceOrganization, submitted } from '../test/harness/workspace-organization';
import { SCREENSHOTS, takeScreenshots } from './screenshot-session';

/**
 * npx tsx scripts/screenshots-workspace-inbox.ts: the pictures of the workspace's received
 * email (docs/screenshots/workspace-inbox-*.png: the list, an email, a case with the
 * complainant's emailed message; zh-CN and en), taken in Debian's Chromium against a local
 * stack in memory. Needs the intake of email (LocalStack.receiveEmail).
 */
const LOCALES = ['zh-CN', 'en'] as const;

takeScreenshots(async (stack, browser) => {
  await setUpWorkspaceOrganization(stack);
  const complainant = 'wang.xiaoming@example.com';
  const complaint = await submitted(stack, { complainant: { name: '王小明', email: complainant, preferredLanguage: 'ZH_CN' } });
  const notice = await firstEmailTo(stack, complainant);
  await replyTo(stack, notice, { from: complainant, text: '补充一下：昨天晚上信号又中断了三个小时，附近邻居也一样。' });
  const unmatched = await replyTo(stack, notice, {
    from: 'li.family@example.net',
    text: '我是投诉人的家属，想补充一些情况。<a href="https://example.net/login">请点击此处登录</a>',
    verdicts: { spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL', spam: 'PASS', virus: 'PASS' },
  });
  const id = await recorded(stack, unmatched, 'UNMATCHED');

  for (const locale of LOCALES) {
    const page = await browser.newPage();
    await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(locale)});` });
    await signInAsStaff(page, stack, PEOPLE.supervisor);
    const shot = async (path: string, ready: (page: Page) => Promise<void>, name: string) => {
      await page.goto(`${stack.urls.staff}${path}`);
      await ready(page);
      await page.screenshot({ path: join(SCREENSHOTS, `workspace-inbox-${name}-${locale}.png`), fullPage: true });
    };
    await shot('inbox?state=ALL', (p) => p.locator('table.inbox tbody tr').nth(1).waitFor(), 'list');
    await shot(`inbox/${id}`, (p) => p.locator('.email-text').waitFor(), 'email');
    await shot(`complaints/${complaint.id}`, (p) => p.locator('.timeline .entry-complainant-message').waitFor(), 'case');
    await page.close();
  }
});
