import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { LocalStack } from '../../local/stack';
import { launchBrowser, seriousViolations, type TestBrowser } from '../harness/browser';
import { ADMIN, graphql, SUBMIT, startTestStack, waitFor } from '../harness/local-stack';

// The complainant follows a complaint in the portal's track page while staff work it through the API.
jest.setTimeout(120_000);

let stack: LocalStack;
let browser: TestBrowser;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  const { data } = await graphql(stack, '{ organizationSettings { version } }', {}, ADMIN);
  const settings = await graphql(
    stack,
    'mutation($v: Int!) { updateOrganizationSettings(input: { expectedVersion: $v, staff: [{ id: "h1", name: "Han Mei", email: "han@example.org" }] }) { version } }',
    { v: data?.organizationSettings.version },
    ADMIN,
  );
  expect(settings.errors).toBeUndefined();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Submitted {
  id: string;
  reference: string;
  accessCode: string;
  version: number;
}

async function submit(language: 'ZH_CN' | 'EN', email: string): Promise<Submitted> {
  const { data, errors } = await graphql(stack, SUBMIT, {
    input: {
      channel: 'WEB',
      complainant: { name: language === 'EN' ? 'Jane Doe' : '王小明', email, preferredLanguage: language },
      respondent: { name: 'Example Telecom' },
      category: 'Mobile network',
      facts: 'No signal at home since 20 November.',
      remedyRequested: 'Fix the signal and refund the month.',
    },
  });
  expect(errors).toBeUndefined();
  const payload = data!.submitComplaint;
  return { id: payload.complaint.id, reference: payload.reference, accessCode: payload.accessCode, version: payload.complaint.version };
}

/** A staff step through the API, as the handler's workspace would send it; keeps the complaint's version. */
async function staffStep(complaint: Submitted, mutation: string, args = ''): Promise<void> {
  const { data, errors } = await graphql(stack, `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${args}) { version } }`, { id: complaint.id, v: complaint.version }, ADMIN);
  expect(errors).toBeUndefined();
  complaint.version = data![mutation].version;
}

async function statusOf(complaint: Submitted): Promise<{ status: string; version: number }> {
  const { data } = await graphql(stack, '{ complaint(id: "' + complaint.id + '") { status version } }', {}, ADMIN);
  return data!.complaint;
}

/** Switches the page to the language (the choice is remembered across the tests' tabs). */
async function inLanguage(page: Page, language: 'en' | 'zh-CN') {
  await page.locator('html[lang]').waitFor({ state: 'attached' });
  if ((await page.getAttribute('html', 'lang')) !== language) await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
  await page.waitForSelector(`html[lang="${language}"]`, { state: 'attached' });
}

/** Opens the link of the emails and types the access code, as the complainant does. */
async function lookUp(page: Page, complaint: Submitted, language: 'en' | 'zh-CN', reference = complaint.reference) {
  await page.goto(`${stack.urls.portal}track?reference=${encodeURIComponent(reference)}`);
  await inLanguage(page, language);
  const en = language === 'en';
  await page.getByLabel(en ? 'Access code' : '查询码').fill(complaint.accessCode.toLowerCase());
  await page.getByRole('button', { name: en ? 'Look it up' : '查询' }).click();
  await page.getByRole('heading', { name: en ? 'Status' : '当前状态' }).waitFor();
}

const status = (page: Page) => page.getByTestId('status').innerText();

describe('tracking a complaint in the portal', () => {
  it("opens from the email's link with the reference filled in, and shows the complaint once the access code is typed", async () => {
    const complaint = await submit('ZH_CN', 'track.zh@example.cn');
    const page = await browser.newPage();
    await page.goto(`${stack.urls.portal}track?reference=${complaint.reference.toLowerCase()}`);
    await inLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '查询投诉进度' }).waitFor();
    expect(await page.getByLabel('投诉编号').inputValue()).toBe(complaint.reference.toLowerCase());
    expect(await page.getByLabel('查询码').inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    // A wrong code is said next to the code.
    await page.getByLabel('查询码').fill('AAAAA-BBBBB');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('投诉编号和查询码不匹配').waitFor();
    expect(await page.getByLabel('查询码').getAttribute('aria-describedby')).toContain('accessCode-error');
    expect(await page.locator(':focus').getAttribute('id')).toBe('accessCode');

    await page.getByLabel('查询码').fill(complaint.accessCode);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('heading', { name: `投诉 ${complaint.reference}` }).waitFor();
    expect(await status(page)).toBe('已收到');
    await page.getByRole('heading', { name: '处理时限' }).waitFor();
    expect(await page.locator('.deadlines li').first().innerText()).toContain('截止时间');
    expect(await page.locator('.timeline').innerText()).toContain('收到投诉');
    expect(page.url()).not.toContain(complaint.accessCode);
    expect(await seriousViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lets the complainant answer a request for information, and the complaint goes back to its handler', async () => {
    const complaint = await submit('ZH_CN', 'answer.zh@example.cn');
    await staffStep(complaint, 'acceptComplaint');
    await staffStep(complaint, 'assignComplaint', ', handlerId: "h1"');
    await staffStep(complaint, 'startInvestigation');
    await staffStep(complaint, 'requestInformation', ', question: "请提供故障期间的账单截图和报修单号。"');

    const page = await browser.newPage();
    await lookUp(page, complaint, 'zh-CN');
    expect(await status(page)).toBe('等待您补充信息');
    expect(await page.getByTestId('pending-request').innerText()).toBe('请提供故障期间的账单截图和报修单号。');
    await page.getByRole('heading', { name: '受理决定' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('您的答复').fill('报修单号 BX-2026-1120，账单截图稍后上传。');
    await page.getByRole('button', { name: '发送答复' }).click();
    await page.getByText('您的答复已发送。').waitFor();
    expect(await status(page)).toBe('调查处理中');
    expect(await page.locator('.timeline').innerText()).toContain('报修单号 BX-2026-1120');
    expect(await page.getByRole('heading', { name: '请补充信息' }).count()).toBe(0);
    expect((await statusOf(complaint)).status).toBe('INVESTIGATING');
    await page.close();
  });

  it('shows the final response and takes the rating; a low rating reopens the complaint', async () => {
    const complaint = await submit('EN', 'rate.en@example.com');
    await staffStep(complaint, 'acceptComplaint');
    await staffStep(complaint, 'assignComplaint', ', handlerId: "h1"');
    await staffStep(complaint, 'startInvestigation');
    await staffStep(
      complaint,
      'resolveComplaint',
      ', response: { outcome: PARTLY_UPHELD, reasons: "The mast near you was down for 9 days.", remedies: [REFUND, APOLOGY], followUpMeasures: "We added a spare mast.", rootCause: SYSTEM_FAILURE }',
    );
    await waitFor('the feedback request', async () => (await statusOf(complaint)).status === 'FEEDBACK_PENDING');

    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await lookUp(page, complaint, 'en');
    expect(await status(page)).toBe('Waiting for your rating');
    const response = page.locator('.final-response').first();
    expect(await response.innerText()).toContain('Partly upheld');
    expect(await response.innerText()).toContain('Refund, Apology');
    expect(await response.innerText()).toContain('The mast near you was down for 9 days.');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    // Ratings are radio buttons; nothing chosen is said next to the group.
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByText('Choose how satisfied you are.').waitFor();
    await page.getByRole('radio', { name: '1 – Very dissatisfied' }).check();
    await page.getByRole('radio', { name: 'No' }).check();
    await page.getByLabel('Anything else you want to tell us (optional)').fill('Still no signal in the evenings.');
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByText('Thank you for your rating.').waitFor();
    expect(await status(page)).toBe('Reopened');
    const timeline = await page.locator('.timeline').innerText();
    expect(timeline).toContain('Rating: 1 out of 5. Problem not resolved.');
    expect(timeline).toContain('Still no signal in the evenings.');
    expect(timeline).toContain('Reopened');
    expect((await statusOf(complaint)).status).toBe('REOPENED');
    await page.close();
  });

  it('says which files cannot be sent, and why, before uploading anything', async () => {
    const complaint = await submit('EN', 'files.en@example.com');
    const page = await browser.newPage();
    await lookUp(page, complaint, 'en');
    await page.getByText('Up to 10 MB each: PDF, pictures (JPEG, PNG, GIF, WebP), text, CSV, Word, Excel and saved emails (EML).').waitFor();
    await page.getByLabel('Choose files').setInputFiles([
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const files = page.locator('.file-list .file');
    await files.nth(2).waitFor();
    expect(await files.nth(0).innerText()).toContain('This type of file is not accepted.');
    expect(await files.nth(1).innerText()).toContain('This file is larger than 10 MB.');
    expect(await files.nth(2).innerText()).toContain('This file is empty.');
    expect(await page.getByRole('button', { name: 'Upload files' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('attaches a file: hashed in the browser, uploaded, and listed with a link to download it', async () => {
    const complaint = await submit('EN', 'upload.en@example.com');
    const receipt = Buffer.from('Receipt 2026-11-20: 199.00 CNY, Example Telecom, monthly plan.\n');
    const page = await browser.newPage();
    await lookUp(page, complaint, 'en');
    await page.getByLabel('Choose files').setInputFiles({ name: 'receipt.txt', mimeType: 'text/plain', buffer: receipt });
    await page.getByText('Ready to upload').waitFor();
    await page.getByLabel('What these files show (optional)').fill('The bill for the month without signal');
    await page.getByRole('button', { name: 'Upload files' }).click();
    await page.getByText('Added to your complaint').waitFor();
    await page.getByText('1 uploaded, 0 failed.').waitFor();

    const link = page.getByRole('link', { name: 'receipt.txt' });
    const download = await fetch(new URL((await link.getAttribute('href'))!, stack.urls.portal));
    expect(Buffer.from(await download.arrayBuffer())).toEqual(receipt);
    expect(await seriousViolations(page)).toEqual([]);

    const { data } = await graphql(stack, `{ complaint(id: "${complaint.id}") { entries { kind text evidence { contentHash file { name sha256 } } } } }`, {}, ADMIN);
    const evidence = data!.complaint.entries.find((e: { kind: string }) => e.kind === 'EVIDENCE');
    const sha256 = createHash('sha256').update(receipt).digest('hex');
    expect(evidence).toEqual({ kind: 'EVIDENCE', text: 'The bill for the month without signal', evidence: { contentHash: sha256, file: { name: 'receipt.txt', sha256 } } });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('withdraws a complaint with a reason, after a confirming step', async () => {
    const complaint = await submit('EN', 'withdraw.en@example.com');
    const page = await browser.newPage();
    await lookUp(page, complaint, 'en');
    await page.getByRole('button', { name: 'Withdraw complaint…' }).click();
    await page.getByLabel('Why you are withdrawing (optional)').fill('The shop refunded me after all.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await page.getByText('Your complaint has been withdrawn.').waitFor();
    expect(await status(page)).toBe('Withdrawn');
    expect(await page.locator('.timeline').innerText()).toContain('The shop refunded me after all.');
    expect(await page.getByRole('button', { name: 'Withdraw complaint…' }).count()).toBe(0);
    expect((await statusOf(complaint)).status).toBe('WITHDRAWN');
    await page.close();
  });
});
