import type { LocalStack } from '../../local/stack';
import { seriousViolations, type TestBrowser } from '../harness/browser';
import { ADMIN, graphql, waitFor } from '../harness/local-stack';
import type { StaffIdentity } from '../harness/staff-sign-in';
import { PEOPLE } from '../harness/workspace-organization';
import { workspaceInBrowser } from '../harness/workspace-browser';

// The source document's three cases (telecom, e-commerce, hotel), end to end through the two
// web apps only: the complainant in the portal, staff in the workspace. The API is read only
// to wait for the workflow's feedback survey, which no person triggers.
jest.setTimeout(300_000);

const scene = workspaceInBrowser();
let stack: LocalStack;
let browser: TestBrowser;
beforeAll(() => ({ stack, browser } = scene));

type Language = 'zh-CN' | 'en';
type Page = Awaited<ReturnType<TestBrowser['newPage']>>;

interface Complaint {
  reference: string;
  accessCode: string;
  language: Language;
}

interface Submission {
  name: string;
  email: string;
  respondent: string;
  category: string;
  facts: string;
  remedy: string;
}

const PORTAL = {
  'zh-CN': {
    start: '我要投诉',
    name: '您的姓名',
    email: '电子邮箱（选填）',
    respondent: '被投诉的企业或机构',
    category: '投诉类别',
    facts: '发生了什么',
    remedy: '您希望如何解决',
    send: '提交投诉',
    sent: '投诉已提交',
    accessCode: '查询码',
    lookUp: '查询',
    status: '当前状态',
  },
  en: {
    start: 'Make a complaint',
    name: 'Your name',
    email: 'Email address (optional)',
    respondent: 'The business or organization you complain about',
    category: 'Category',
    facts: 'What happened',
    remedy: 'What you would like us to do',
    send: 'Send complaint',
    sent: 'Your complaint has been sent',
    accessCode: 'Access code',
    lookUp: 'Look it up',
    status: 'Status',
  },
} as const;

async function inLanguage(page: Page, language: Language) {
  // The page's static lang is zh-CN until the app starts with the device's choice: wait for the app.
  await page.locator('button.language-switch').waitFor();
  if ((await page.getAttribute('html', 'lang')) !== language) await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
  await page.waitForSelector(`html[lang="${language}"]`, { state: 'attached' });
}

/** The complainant opens the portal, fills in the form and keeps the reference and access code from the confirmation. */
async function complainInPortal(language: Language, submission: Submission): Promise<Complaint> {
  const text = PORTAL[language];
  const page = await browser.newPage();
  await page.goto(stack.urls.portal);
  await inLanguage(page, language);
  await page.getByRole('link', { name: text.start }).click();
  await page.getByLabel(text.name).fill(submission.name);
  await page.getByLabel(text.email).fill(submission.email);
  await page.getByLabel(text.respondent).fill(submission.respondent);
  await page.getByLabel(text.category).fill(submission.category);
  await page.getByLabel(text.facts).fill(submission.facts);
  await page.getByLabel(text.remedy).fill(submission.remedy);
  await page.getByRole('button', { name: text.send }).click();
  await page.getByRole('heading', { name: text.sent }).waitFor();
  const complaint = {
    reference: (await page.getByTestId('reference').innerText()).trim(),
    accessCode: (await page.getByTestId('access-code').innerText()).trim(),
    language,
  };
  expect(page.errors).toEqual([]);
  await page.close();
  return complaint;
}

/** Follows the emails' link to the track page and types the access code. */
async function trackInPortal(complaint: Complaint): Promise<Page> {
  const text = PORTAL[complaint.language];
  const page = await browser.newPage();
  await page.goto(`${stack.urls.portal}track?reference=${complaint.reference}`);
  await inLanguage(page, complaint.language);
  await page.getByLabel(text.accessCode).fill(complaint.accessCode);
  await page.getByRole('button', { name: text.lookUp }).click();
  await page.getByRole('heading', { name: text.status }).waitFor();
  return page;
}

const portalStatus = (page: Page) => page.getByTestId('status').innerText();

/** A member of staff signs in and opens the complaint from the list of all complaints. */
async function openCase(who: StaffIdentity, complaint: Complaint, list = 'all'): Promise<Page> {
  const page = await scene.openAs(who, `complaints?list=${list}`);
  // The language chosen on the device is shared by both apps: staff here work in Chinese.
  await inLanguage(page, 'zh-CN');
  await page.getByRole('link', { name: complaint.reference, exact: true }).click();
  await page.getByRole('heading', { name: `投诉 ${complaint.reference}` }).waitFor();
  return page;
}

const caseStatus = (page: Page, name: string) => page.getByRole('heading', { level: 1 }).getByText(name, { exact: true }).waitFor();

/** The supervisor accepts the complaint and designates the handler. */
async function acceptAndAssign(complaint: Complaint) {
  const supervisor = await openCase(PEOPLE.supervisor, complaint);
  await caseStatus(supervisor, '已收到');
  await supervisor.getByRole('button', { name: '受理', exact: true }).click();
  await supervisor.getByRole('button', { name: '确认受理' }).click();
  await caseStatus(supervisor, '已分派');
  await supervisor.getByRole('button', { name: '分派', exact: true }).click();
  await supervisor.getByLabel('承办人').selectOption(PEOPLE.handler.staffId);
  await supervisor.getByRole('button', { name: '确认分派' }).click();
  await supervisor.locator('.facts-grid').getByText(PEOPLE.handler.name).waitFor();
  expect(supervisor.errors).toEqual([]);
  await supervisor.close();
}

async function startInvestigation(handler: Page) {
  await caseStatus(handler, '已分派');
  await handler.getByRole('button', { name: '开始调查', exact: true }).click();
  await handler.getByRole('button', { name: '确认开始调查' }).click();
  await caseStatus(handler, '调查中');
}

/** The handler writes the final response in the composer: upheld, with a refund. */
async function resolveWithComposer(handler: Page, reasons: string, followUp: string) {
  await handler.getByRole('button', { name: '作出最终答复' }).click();
  await handler.getByRole('checkbox', { name: '退款' }).check();
  await handler.getByRole('textbox', { name: '理由' }).fill(reasons);
  await handler.getByRole('textbox', { name: '后续改进措施' }).fill(followUp);
  await handler.locator('.preview-text').getByText(reasons).waitFor();
  await handler.getByRole('button', { name: '发送最终答复' }).click();
  await caseStatus(handler, '已答复');
}

/** The workflow sends the feedback survey once the final response is out; nobody clicks for it. */
async function surveySent(complaint: Complaint) {
  await waitFor('the feedback survey', async () => {
    const { data } = await graphql(stack, 'query($r: String!) { complaintByReference(reference: $r) { status } }', { r: complaint.reference }, ADMIN);
    return data?.complaintByReference?.status === 'FEEDBACK_PENDING';
  });
}

describe("the source document's three cases, through the portal and the workspace", () => {
  it('case 1, telecom: a complaint in Chinese, a request for information answered in the portal, a final response, and a satisfied rating', async () => {
    const complaint = await complainInPortal('zh-CN', {
      name: '王小明',
      email: 'wang.xiaoming@example.cn',
      respondent: '某某电信股份有限公司',
      category: '网络故障',
      facts: '11 月 20 日起家中手机信号时断时续，拨打客服热线多次无人接听，报修后一直没有回复。',
      remedy: '尽快修复信号，并退还故障期间的套餐费用。',
    });

    await acceptAndAssign(complaint);
    const handler = await openCase(PEOPLE.handler, complaint);
    await startInvestigation(handler);
    await handler.getByRole('button', { name: '请求补充材料' }).click();
    await handler.getByRole('textbox', { name: '需要投诉人补充的内容' }).fill('请提供报修单号和信号中断的大致时段。');
    await handler.getByRole('button', { name: '发送请求' }).click();
    await caseStatus(handler, '等待投诉人');

    const portal = await trackInPortal(complaint);
    expect(await portalStatus(portal)).toBe('等待您补充信息');
    expect(await portal.getByTestId('pending-request').innerText()).toBe('请提供报修单号和信号中断的大致时段。');
    await portal.getByLabel('您的答复').fill('报修单号 BX-2026-1120，每天晚上 7 点到 11 点没有信号。');
    await portal.getByRole('button', { name: '发送答复' }).click();
    await portal.getByText('您的答复已发送。').waitFor();
    expect(await portalStatus(portal)).toBe('调查处理中');

    await handler.reload();
    await caseStatus(handler, '调查中');
    await handler.getByText('报修单号 BX-2026-1120，每天晚上 7 点到 11 点没有信号。').waitFor();
    await resolveWithComposer(handler, '经核实，附近基站故障导致信号中断，客服热线人手不足导致未能及时响应。', '已修复基站，客服热线改为 24 小时服务并增加客服人员。');
    expect(handler.errors).toEqual([]);
    await handler.close();

    await surveySent(complaint);
    await portal.reload();
    await portal.getByLabel(PORTAL['zh-CN'].accessCode).fill(complaint.accessCode);
    await portal.getByRole('button', { name: '查询' }).click();
    expect(await portalStatus(portal)).toBe('等待您的评价');
    const response = await portal.locator('.final-response').first().innerText();
    expect(response).toContain('经核实，附近基站故障导致信号中断');
    expect(response).toContain('退款');
    expect(await seriousViolations(portal)).toEqual([]);
    await portal.getByRole('radio', { name: '5 分：非常满意' }).check();
    await portal.getByRole('radio', { name: '已解决' }).check();
    await portal.getByRole('button', { name: '提交评价' }).click();
    await portal.getByText('谢谢您的评价。').waitFor();
    expect(await portalStatus(portal)).toBe('已办结');
    expect(portal.errors).toEqual([]);
    await portal.close();
  });

  it('case 2, e-commerce: a complaint in English about a faulty product, resolved with a refund and rated as resolved', async () => {
    const complaint = await complainInPortal('en', {
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      respondent: 'Example Marketplace Ltd',
      category: 'Product quality',
      facts: 'The kettle I bought on 2 November stopped working after three days and the seller does not answer.',
      remedy: 'Replace the kettle or refund it.',
    });

    await acceptAndAssign(complaint);
    const handler = await openCase(PEOPLE.handler, complaint);
    await startInvestigation(handler);
    await resolveWithComposer(handler, 'The batch of kettles had a faulty thermostat; we refund you in full.', 'Quality checks on every batch from this seller.');
    await handler.close();

    await surveySent(complaint);
    const portal = await trackInPortal(complaint);
    expect(await portalStatus(portal)).toBe('Waiting for your rating');
    const response = await portal.locator('.final-response').first().innerText();
    expect(response).toContain('The batch of kettles had a faulty thermostat; we refund you in full.');
    expect(response).toContain('Refund');
    await portal.getByRole('radio', { name: '4 – Satisfied' }).check();
    await portal.getByRole('radio', { name: 'Yes' }).check();
    await portal.getByRole('button', { name: 'Send rating' }).click();
    await portal.getByText('Thank you for your rating.').waitFor();
    expect(await portalStatus(portal)).toBe('Closed');
    expect(await seriousViolations(portal)).toEqual([]);
    expect(portal.errors).toEqual([]);
    await portal.close();
  });

  it('case 3, hotel: a dissatisfied rating reopens the complaint and escalates it to the supervisor', async () => {
    const complaint = await complainInPortal('zh-CN', {
      name: '张丽',
      email: 'zhang.li@example.cn',
      respondent: '某某大酒店',
      category: '住宿服务',
      facts: '12 月 1 日入住，房间地毯有污渍，卫生间毛巾未更换，向前台反映后无人处理。',
      remedy: '退还一晚房费，并改进房间清洁。',
    });

    await acceptAndAssign(complaint);
    const handler = await openCase(PEOPLE.handler, complaint);
    await startInvestigation(handler);
    await resolveWithComposer(handler, '经核查，当日保洁人员漏做房间检查。', '对保洁人员开展培训，并增加房间清洁检查频次。');
    await handler.close();

    await surveySent(complaint);
    const portal = await trackInPortal(complaint);
    await portal.getByRole('radio', { name: '1 分：非常不满意' }).check();
    await portal.getByRole('radio', { name: '没有解决' }).check();
    await portal.getByLabel('还有什么想告诉我们的').fill('第二天房间仍然没有打扫。');
    await portal.getByRole('button', { name: '提交评价' }).click();
    await portal.getByText('谢谢您的评价。').waitFor();
    expect(await portalStatus(portal)).toBe('已重新开启');
    expect(portal.errors).toEqual([]);
    await portal.close();

    // The supervisor finds it in the escalated list, escalated to them, with the complainant's words.
    const supervisor = await openCase(PEOPLE.supervisor, complaint, 'escalated');
    await caseStatus(supervisor, '已重新处理');
    await supervisor.getByText(/^已升级至主管（/).waitFor();
    await supervisor.getByText('第二天房间仍然没有打扫。').waitFor();
    expect(await seriousViolations(supervisor)).toEqual([]);
    expect(supervisor.errors).toEqual([]);
    await supervisor.close();
  });
});
