import type { LocalStack } from '../../local/stack';
import { launchBrowser, seriousViolations, type TestBrowser } from '../harness/browser';
import { asStaff, graphql, startTestStack } from '../harness/local-stack';
import { signInAsStaff } from '../harness/staff-sign-in';

// The two web apps as the local stack serves them, in Debian's Chromium.
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

describe('the complainant portal', () => {
  it('opens in Chinese, switches to English in one click, and remembers the choice', async () => {
    const page = await browser.newPage();
    await page.goto(stack.urls.portal);
    await page.getByRole('heading', { name: '提交和查询投诉' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Make or follow a complaint' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: 'Make or follow a complaint' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '提交和查询投诉' }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations on its start page', async () => {
    const page = await browser.newPage();
    await page.goto(stack.urls.portal);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the staff workspace', () => {
  it('sends a visitor to sign in, then routes in the browser and signs out', async () => {
    await graphql(stack, 'mutation { updateOrganizationSettings(input: { expectedVersion: 0, staff: [{ id: "s1", name: "Sun Li", email: "s1@example.org" }] }) { version } }', {}, asStaff('setup', 'ADMIN'));
    const page = await browser.newPage();
    await signInAsStaff(page, stack, { staffId: 's1', role: 'SUPERVISOR' });
    await page.getByRole('heading', { level: 1, name: '我的队列' }).waitFor();
    await page.goto(`${stack.urls.staff}no-such-page`);
    await page.getByRole('heading', { name: '找不到此页面' }).waitFor();
    await page.getByRole('link', { name: '返回工作台' }).click();
    await page.getByRole('heading', { level: 1, name: '我的队列' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff/');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/oauth2\/authorize/);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('the GraphQL explorer', () => {
  it('moved to /explorer/', async () => {
    const response = await fetch(stack.urls.explorer);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphQL explorer');
  });
});
