import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { asStaff, graphql } from '../test/harness/local-stack';
import { signInAsStaff } from '../test/harness/staff-sign-in';
import { PEOPLE, setUpWorkspaceOrganization, submitted } from '../test/harness/workspace-organization';
import { SCREENSHOTS, takeScreenshots } from './screenshot-session';

/**
 * npx tsx scripts/screenshots-workspace.ts: the staff workspace's README pictures
 * (docs/screenshots/workspace-*.png: queue, case page, composer, conflict; zh-CN and en),
 * taken in Debian's Chromium against a local stack in memory.
 */
const LOCALES = ['zh-CN', 'en'] as const;
const SUPERVISOR = asStaff(PEOPLE.supervisor.staffId, 'SUPERVISOR');

takeScreenshots(async (stack, browser) => {
  await setUpWorkspaceOrganization(stack);
  const step = async (id: string, mutation: string, extra = '') => {
    const current = await graphql<{ complaint: { version: number } }>(stack, 'query($id: ID!) { complaint(id: $id) { version } }', { id }, SUPERVISOR);
    const done = await graphql(stack, `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${extra}) { version } }`, { id, v: current.data!.complaint.version }, SUPERVISOR);
    if (done.errors) throw new Error(`${mutation}: ${JSON.stringify(done.errors)}`);
  };
  const queued = [];
  for (const [category, facts] of [
    ['Mobile network', '家中两周没有信号，客服热线一直无人接听。'],
    ['Broadband', '宽带每晚八点后频繁断线，报修三次未解决。'],
    ['Billing', '账单中出现未订购的增值业务扣费。'],
  ]) {
    const c = await submitted(stack, { category, facts });
    await step(c.id, 'acceptComplaint');
    await step(c.id, 'assignComplaint', `, handlerId: "${PEOPLE.handler.staffId}"`);
    queued.push(c);
  }
  const working = queued[0];
  await step(working.id, 'startInvestigation');
  await step(working.id, 'addInternalNote', ', text: "已联系基站维护部门，确认 11 月 20 日起基站故障。"');
  await step(working.id, 'sendPublicReply', ', message: "您好，我们已联系基站维护部门核实故障原因，将尽快给您答复。"');

  for (const locale of LOCALES) {
    const open = async (who: typeof PEOPLE.handler | typeof PEOPLE.supervisor, path: string): Promise<Page> => {
      const page = await browser.newPage();
      await page.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(locale)});` });
      await signInAsStaff(page, stack, who);
      await page.goto(`${stack.urls.staff}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return page;
    };
    const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `workspace-${name}-${locale}.png`) });

    const queue = await open(PEOPLE.handler, '');
    await queue.locator('table.complaints tbody tr').nth(2).waitFor();
    await shot(queue, 'queue');
    await queue.close();

    const casePage = await open(PEOPLE.handler, `complaints/${working.id}`);
    await casePage.locator('.timeline .entry-internal-note').waitFor();
    await shot(casePage, 'case');
    await casePage.locator('#step-resolve-toggle').click();
    await casePage.locator('#composer-remedies').scrollIntoViewIfNeeded();
    await casePage.locator('#composer-reasons').fill(locale === 'en' ? 'The mast serving your street failed on 20 November.' : '经核实，11 月 20 日起为您所在街道服务的基站发生故障。');
    await casePage.locator('form.composer').screenshot({ path: join(SCREENSHOTS, `workspace-composer-${locale}.png`) });
    await casePage.close();

    // Two tabs: the supervisor's acts on a complaint first, the handler's, still showing the old version, then adds a note.
    const fresh = queued[locale === 'en' ? 2 : 1];
    const stale = await open(PEOPLE.handler, `complaints/${fresh.id}`);
    await step(fresh.id, 'startInvestigation');
    await stale.locator('#step-note-toggle').click();
    await stale.locator('#note-text').fill(locale === 'en' ? 'The complainant called again: still no service.' : '投诉人再次来电：仍然没有信号。');
    await stale.locator('#step-note-panel button[type="submit"]').click();
    await stale.locator('.conflict').waitFor();
    await stale.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await shot(stale, 'conflict');
    await stale.close();
  }
});
