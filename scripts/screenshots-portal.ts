import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { devIssuer } from '../local/dev-issuer';
import { startLocalStack, type LocalStack } from '../local/stack';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/harness/browser';
import { runScript, SCREENSHOTS } from './screenshot-session';

// Screenshots of the complainant portal for the docs (docs/screenshots/portal-*.png), in both
// languages and on a phone, from a local stack of its own: `npx tsx scripts/screenshots-portal.ts`.

type Language = 'zh-CN' | 'en';

async function api<T>(stack: LocalStack, query: string, variables: Record<string, unknown> = {}, asStaff = false): Promise<T> {
  const token = devIssuer().mint({ organizationId: stack.config.settingsDefaults.organizationId, role: 'ADMIN', staffId: 'screenshots' });
  const response = await fetch(stack.urls.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(asStaff ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** A complaint taken by staff to its final response, waiting for the complainant's rating. */
async function answeredComplaint(stack: LocalStack, language: 'ZH_CN' | 'EN') {
  const zh = language === 'ZH_CN';
  const submitted = await api<{ submitComplaint: { reference: string; accessCode: string; complaint: { id: string; version: number } } }>(stack, 'mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference accessCode complaint { id version } } }', {
    input: {
      channel: 'WEB',
      complainant: { name: zh ? '王小明' : 'Jane Doe', email: zh ? 'wang@example.cn' : 'jane@example.com', preferredLanguage: language },
      respondent: { name: zh ? '某某电信股份有限公司' : 'Example Telecom Ltd' },
      category: zh ? '移动网络' : 'Mobile network',
      facts: zh ? '11 月 20 日起手机信号时断时续，多次报修未果。' : 'No signal at home since 20 November; three repair requests went unanswered.',
      remedyRequested: zh ? '退还故障期间的套餐费用。' : 'Refund the month without service.',
    },
  });
  const { id } = submitted.submitComplaint.complaint;
  let version = submitted.submitComplaint.complaint.version;
  const step = async (mutation: string, args = '') => {
    const data = await api<Record<string, { version: number }>>(stack, `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${args}) { version } }`, { id, v: version }, true);
    version = data[mutation].version;
  };
  await step('acceptComplaint');
  await step('assignComplaint', ', handlerId: "h1"');
  await step('startInvestigation');
  await step('requestInformation', zh ? ', question: "请提供报修单号。"' : ', question: "Please send us your repair request number."');
  const { reference, accessCode } = submitted.submitComplaint;
  await api(stack, 'mutation($r: String!, $c: String!, $a: String!) { answerInformationRequest(reference: $r, accessCode: $c, answer: $a) { status } }', { r: reference, c: accessCode, a: zh ? '报修单号 BX-2026-1120。' : 'It is BX-2026-1120.' });
  version = (await api<{ complaint: { version: number } }>(stack, `{ complaint(id: "${id}") { version } }`, {}, true)).complaint.version;
  await step(
    'resolveComplaint',
    zh
      ? ', response: { outcome: PARTLY_UPHELD, reasons: "您所在小区的基站故障 9 天。", remedies: [REFUND, APOLOGY], followUpMeasures: "已增设备用基站。", rootCause: SYSTEM_FAILURE }'
      : ', response: { outcome: PARTLY_UPHELD, reasons: "The mast near you was down for 9 days.", remedies: [REFUND, APOLOGY], followUpMeasures: "We added a spare mast.", rootCause: SYSTEM_FAILURE }',
  );
  for (let i = 0; i < 100; i += 1) {
    if ((await api<{ complaint: { status: string } }>(stack, `{ complaint(id: "${id}") { status } }`, {}, true)).complaint.status === 'FEEDBACK_PENDING') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { reference, accessCode };
}

async function fillForm(page: Page, language: Language) {
  const zh = language === 'zh-CN';
  await page.locator('#name').fill(zh ? '王小明' : 'Jane Doe');
  await page.locator('#email').fill(zh ? 'wang@example.cn' : 'jane@example.com');
  await page.locator('#respondentName').fill(zh ? '某某电信股份有限公司' : 'Example Telecom Ltd');
  await page.locator('#category').fill(zh ? '移动网络' : 'Mobile network');
  await page.locator('#facts').fill(zh ? '11 月 20 日起手机信号时断时续，多次报修未果，套餐费用照常扣除。' : 'No signal at home since 20 November; three repair requests went unanswered and I was billed as usual.');
  await page.locator('#remedyRequested').fill(zh ? '退还故障期间的套餐费用。' : 'Refund the month without service.');
}

async function main() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, ses: 0, workflow: 0 } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const { organizationSettings } = await api<{ organizationSettings: { version: number } }>(stack, '{ organizationSettings { version } }', {}, true);
    await api(stack, 'mutation($v: Int!) { updateOrganizationSettings(input: { expectedVersion: $v, staff: [{ id: "h1", name: "Han Mei", email: "han@example.org" }] }) { version } }', { v: organizationSettings.version }, true);

    for (const language of ['zh-CN', 'en'] as const) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: language });
      await context.addInitScript({ content: `localStorage.setItem('complaint-platform.language', ${JSON.stringify(language)});` });
      const page = await context.newPage();
      const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `portal-${name}-${language}.png`), fullPage: true });

      await page.goto(`${stack.urls.portal}submit`);
      await page.locator('#facts').waitFor();
      await fillForm(page, language);
      await page.locator('#phone').fill('12');
      await page.locator('#email').fill('wang@localhost');
      await page.locator('button.submit').click();
      await page.locator('#email-error').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `portal-submit-${language}.png`), fullPage: true });

      await page.locator('#email').fill(language === 'zh-CN' ? 'wang@example.cn' : 'jane@example.com');
      await page.locator('#phone').fill('');
      await page.locator('button.submit').click();
      await page.locator('[data-testid="access-code"]').waitFor();
      await shot('confirmation');

      const answered = await answeredComplaint(stack, language === 'zh-CN' ? 'ZH_CN' : 'EN');
      await page.goto(`${stack.urls.portal}track?reference=${answered.reference}`);
      await page.locator('#accessCode').fill(answered.accessCode);
      await page.locator('.track-form button').click();
      await page.locator('[data-testid="status"]').waitFor();
      await page.locator('#attach-files').setInputFiles({ name: language === 'zh-CN' ? '账单.pdf' : 'bill.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
      await page.getByRole('button', { name: language === 'zh-CN' ? '上传文件' : 'Upload files' }).click();
      await page.locator('.file-list a').first().waitFor();
      await shot('track');
      await context.close();
    }

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await phone.newPage();
    await page.goto(`${stack.urls.portal}submit`);
    await page.locator('#facts').waitFor();
    await fillForm(page, 'zh-CN');
    await page.locator('button.submit').click();
    await page.locator('[data-testid="access-code"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-mobile-confirmation-zh-CN.png'), fullPage: true });
    await phone.close();
  } finally {
    await browser.close();
    await stack.stop();
  }
}

runScript(main);
