import type { Page } from 'playwright-core';
import type { LocalStack } from '../../local/stack';
import { launchBrowser, seriousViolations, type TestBrowser } from '../harness/browser';
import { ADMIN, graphql, mailTo, startTestStack, waitFor } from '../harness/local-stack';

// The complainant portal's complaint form, as a person fills it in Debian's Chromium.
jest.setTimeout(120_000);

let stack: LocalStack;
let browser: TestBrowser;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const REFERENCE = /^CP-\d{8}-[0-9A-Z]{6}$/;
const ACCESS_CODE = /^[0-9A-Z]{5}-[0-9A-Z]{5}$/;

/** The text of the elements a control names in aria-describedby: its hint and its error. */
async function description(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => page.locator(`#${id}`).innerText()));
  return texts.join(' ');
}

/** Switches the page to the language (the choice is remembered across the tests' tabs). */
async function inLanguage(page: Page, language: 'en' | 'zh-CN') {
  await page.locator('html[lang]').waitFor({ state: 'attached' });
  if ((await page.getAttribute('html', 'lang')) !== language) await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
  await page.waitForSelector(`html[lang="${language}"]`, { state: 'attached' });
}

async function fillInChinese(page: Page, email: string) {
  await page.getByLabel('您的姓名').fill('王小明');
  await page.getByLabel('电子邮箱（选填）').fill(email);
  await page.getByLabel('电话（选填）').fill('+86 138 0013 8000');
  await page.getByLabel('通信地址（选填）').fill('上海市浦东新区世纪大道 100 号');
  await page.getByLabel('被投诉的企业或机构').fill('某某电信股份有限公司');
  await page.getByLabel('被投诉方地址（选填）').fill('北京市西城区金融大街 1 号');
  await page.getByLabel('投诉类别').fill('移动网络');
  await page.getByLabel('涉及的产品或服务（选填）').fill('5G 套餐');
  await page.getByLabel('事情发生的日期（选填）').fill('2026-11-20');
  await page.getByLabel('所在省份或地区（选填）').fill('上海');
  await page.getByLabel('发生了什么').fill('11 月 20 日起手机信号时断时续，多次报修未果，套餐费用照常扣除。');
  await page.getByLabel('您希望如何解决').fill('退还故障期间的套餐费用，并修复信号。');
}

describe('submitting a complaint in the portal', () => {
  it('takes a complaint in Chinese on a phone, shows the reference and access code to keep, and the acknowledgement is emailed', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(stack.urls.portal);
    await inLanguage(page, 'zh-CN');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '我要投诉' }).click();
    await page.getByRole('heading', { name: '我要投诉', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '我们如何使用您的信息' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await fillInChinese(page, 'wang.xiaoming@example.cn');
    await page.getByLabel('我同意公开去除个人信息后的投诉描述').check();
    // Laid out for the phone: nothing wider than its screen.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: '提交投诉' }).click();

    await page.getByRole('heading', { name: '投诉已提交' }).waitFor();
    const reference = (await page.getByTestId('reference').innerText()).trim();
    const accessCode = (await page.getByTestId('access-code').innerText()).trim();
    expect(reference).toMatch(REFERENCE);
    expect(accessCode).toMatch(ACCESS_CODE);
    await page.getByRole('button', { name: '复制投诉编号' }).waitFor();
    await page.getByRole('button', { name: '复制查询码' }).waitFor();
    await page.getByText('邮件中有投诉编号和查询链接，但不含查询码').waitFor();
    await page.getByRole('heading', { name: '接下来会怎样' }).waitFor();
    expect(await page.locator('.deadlines li').count()).toBeGreaterThan(0);
    expect(await page.locator('.deadlines').innerText()).toContain('截止时间');
    expect(page.url()).not.toContain(accessCode);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.getByRole('link', { name: '查询处理进度' }).getAttribute('href')).toBe(`/track?reference=${reference}`);

    const [ack] = await waitFor('the acknowledgement', async () => {
      const mail = await mailTo(stack, 'wang.xiaoming@example.cn');
      return mail.length > 0 && mail;
    });
    expect(ack.subject).toContain(reference);
    expect(ack.subject).toContain('我们已收到您的投诉');
    expect(ack.body.text).not.toContain(accessCode);

    const stored = await graphql(stack, `{ complaintByReference(reference: "${reference}") { channel priority category complainant { name phone preferredLanguage } respondent { address } occurredOn region } }`, {}, ADMIN);
    expect(stored.data?.complaintByReference).toEqual({
      channel: 'WEB',
      priority: 'NORMAL',
      category: '移动网络',
      complainant: { name: '王小明', phone: '+86 138 0013 8000', preferredLanguage: 'ZH_CN' },
      respondent: { address: '北京市西城区金融大街 1 号' },
      occurredOn: '2026-11-20',
      region: '上海',
    });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('takes a complaint in English, and the acknowledgement is in English', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.urls.portal}submit`);
    await inLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Make a complaint', level: 1 }).waitFor();
    // The language of the emails follows the page's until the complainant picks one.
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    await page.getByLabel('Your name').fill('Jane Doe');
    await page.getByLabel('Email address (optional)').fill('jane.doe@example.com');
    await page.getByLabel('The business or organization you complain about').fill('Example Bank plc');
    await page.getByLabel('Category').fill('Credit card');
    await page.getByLabel('What happened').fill('I was charged twice for one purchase on 3 November and the bank has not refunded the second charge.');
    await page.getByLabel('What you would like us to do').fill('Refund the duplicate charge.');
    await page.getByRole('button', { name: 'Send complaint' }).click();

    await page.getByRole('heading', { name: 'Your complaint has been sent' }).waitFor();
    const reference = (await page.getByTestId('reference').innerText()).trim();
    expect(reference).toMatch(REFERENCE);
    expect((await page.getByTestId('access-code').innerText()).trim()).toMatch(ACCESS_CODE);
    expect(await page.locator('.deadlines').innerText()).toContain('Due by');
    // A reload keeps the confirmation: it lives in this tab's history entry, not in the URL.
    await page.reload();
    expect((await page.getByTestId('reference').innerText()).trim()).toBe(reference);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/submitted');

    const [ack] = await waitFor('the acknowledgement', async () => {
      const mail = await mailTo(stack, 'jane.doe@example.com');
      return mail.length > 0 && mail;
    });
    expect(ack.subject).toBe(`We have received your complaint (reference ${reference})`);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("shows the API's validation errors next to their fields, in the page's language, and focuses the first", async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.urls.portal}submit`);
    await inLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '我要投诉', level: 1 }).waitFor();

    // Nothing filled in: the form's own checks, before anything is sent.
    await page.getByRole('button', { name: '提交投诉' }).click();
    await page.getByRole('alert').filter({ hasText: '处需要修改' }).waitFor();
    expect(await page.locator(':focus').getAttribute('id')).toBe('name');
    expect(await description(page, '您的姓名')).toContain('请填写此项。');
    expect(await description(page, '电子邮箱（选填）')).toContain('请至少填写电子邮箱或电话中的一项');

    // Filled in, with an address and a number only the API refuses.
    await fillInChinese(page, 'wang@localhost');
    await page.getByLabel('电话（选填）').fill('12');
    await page.getByRole('button', { name: '提交投诉' }).click();
    await page.getByText('电子邮箱格式不正确').waitFor();
    expect(await page.locator(':focus').getAttribute('id')).toBe('email');
    expect(await description(page, '电子邮箱（选填）')).toContain('电子邮箱格式不正确，例如 name@example.com。');
    expect(await description(page, '电话（选填）')).toContain('电话号码应为 7 到 15 位数字');
    expect(await description(page, '您的姓名')).not.toContain('请填写此项');
    expect(await page.getByLabel('电子邮箱（选填）').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    // The same errors, in English after one click.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await description(page, 'Email address (optional)')).toContain('This is not a valid email address');
    expect(await description(page, 'Phone number (optional)')).toContain('A phone number has 7 to 15 digits');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('uploads the files chosen on the form once the complaint has its reference', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.urls.portal}submit`);
    await inLanguage(page, 'zh-CN');
    await fillInChinese(page, 'files.zh@example.cn');
    await page.getByLabel('选择文件').setInputFiles([
      { name: '账单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 bill') },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG fake') },
    ]);
    await page.getByText('等待上传').first().waitFor();
    await page.getByRole('button', { name: '提交投诉' }).click();
    await page.getByRole('heading', { name: '投诉已提交' }).waitFor();
    await page.getByText('已上传 2 个文件，0 个失败。').waitFor();
    expect(await page.getByText('已添加到投诉').count()).toBe(2);

    const reference = (await page.getByTestId('reference').innerText()).trim();
    const { data } = await graphql(stack, `{ complaintByReference(reference: "${reference}") { entries { evidence { file { name contentType } } } } }`, {}, ADMIN);
    expect(data!.complaintByReference.entries.map((e: { evidence: unknown }) => e.evidence)).toEqual([
      { file: { name: '账单.pdf', contentType: 'application/pdf' } },
      { file: { name: 'photo.png', contentType: 'image/png' } },
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('sends a complaint once when the answer to the first send was lost and the complainant sends again', async () => {
    const page = await browser.newPage();
    let lost = false;
    // The request reaches the API, its answer never reaches the browser.
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('SubmitComplaint')) {
        lost = true;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.goto(`${stack.urls.portal}submit`);
    await inLanguage(page, 'en');
    await page.getByLabel('Your name').fill('Once Only');
    await page.getByLabel('Email address (optional)').fill('once.only@example.com');
    await page.getByLabel('The business or organization you complain about').fill('Example Energy');
    await page.getByLabel('Category').fill('Billing');
    await page.getByLabel('What happened').fill('My meter reading was estimated twice in a row.');
    await page.getByLabel('What you would like us to do').fill('Bill me on the real reading.');
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByRole('alert').filter({ hasText: 'it will not be sent twice' }).waitFor();

    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByRole('heading', { name: 'Your complaint has been sent' }).waitFor();
    const reference = (await page.getByTestId('reference').innerText()).trim();
    const exported = await graphql(stack, '{ exportComplainantData(email: "once.only@example.com") { complaints { reference } } }', {}, ADMIN);
    expect(exported.data?.exportComplainantData.complaints).toEqual([{ reference }]);
    await page.close();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.urls.portal}submit`);
    await inLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Make a complaint', level: 1 }).waitFor();
    const focused = () => page.evaluate<string>("document.activeElement?.id ?? ''");
    /** Presses Tab until the control with this id has the focus. */
    const tabTo = async (id: string) => {
      for (let presses = 0; presses < 40 && (await focused()) !== id; presses += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe(id);
    };
    await tabTo('name');
    await page.keyboard.type('Li Lei');
    await tabTo('email');
    await page.keyboard.type('li.lei@example.com');
    await tabTo('respondentName');
    await page.keyboard.type('Example Airline');
    await tabTo('category');
    await page.keyboard.type('Lost luggage');
    await tabTo('facts');
    await page.keyboard.type('My suitcase did not arrive on flight EX123 and nobody has answered my claim.');
    await tabTo('remedyRequested');
    await page.keyboard.type('Find the suitcase or pay for its contents.');
    await page.keyboard.press('Tab');
    while ((await page.locator(':focus').getAttribute('type')) !== 'checkbox') await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('I agree that my description, with personal data removed, may be published').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).toBe('Send complaint');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Your complaint has been sent' }).waitFor();
    expect(await page.locator(':focus').innerText()).toBe('Your complaint has been sent');
    const reference = (await page.getByTestId('reference').innerText()).trim();
    const stored = await graphql(stack, `{ complaintByReference(reference: "${reference}") { complainant { name } category } }`, {}, ADMIN);
    expect(stored.data?.complaintByReference).toEqual({ complainant: { name: 'Li Lei' }, category: 'Lost luggage' });
    await page.close();
  });
});

describe('the categories offered', () => {
  it("are the organization's when it has set them", async () => {
    const { data } = await graphql(stack, '{ organizationSettings { version } }', {}, ADMIN);
    const updated = await graphql(stack, 'mutation($v: Int!) { updateOrganizationSettings(input: { expectedVersion: $v, categories: ["Mobile network", "Broadband"] }) { categories } }', { v: data?.organizationSettings.version }, ADMIN);
    expect(updated.errors).toBeUndefined();

    const page = await browser.newPage();
    await page.goto(`${stack.urls.portal}submit`);
    await inLanguage(page, 'en');
    const category = page.getByRole('combobox', { name: 'Category' });
    await category.waitFor();
    expect(await category.locator('option').allInnerTexts()).toEqual(['Choose a category', 'Mobile network', 'Broadband']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
