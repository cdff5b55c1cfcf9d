import type { LocalStack } from '../../local/stack';
import { launchBrowser, seriousViolations, type TestBrowser } from '../harness/browser';
import { asStaff, graphql, startTestStack } from '../harness/local-stack';
import { signInAsStaff } from '../harness/staff-sign-in';
import { PEOPLE, setUpWorkspaceOrganization, submitted } from '../harness/workspace-organization';

// The workspace's complaint lists in Chromium, as staff read them: queue, team, unassigned, escalated, duplicates, all.
jest.setTimeout(240_000);

let stack: LocalStack;
let browser: TestBrowser;
const SUPERVISOR = asStaff(PEOPLE.supervisor.staffId, 'SUPERVISOR');
const complaints: Record<'mine' | 'phone' | 'waiting' | 'repeat', { id: string; reference: string }> = {} as never;

async function step(mutation: string, id: string, extra = '') {
  const current = await graphql(stack, 'query($id: ID!) { complaint(id: $id) { version } }', { id }, SUPERVISOR);
  const result = await graphql(stack, `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${extra}) { version } }`, { id, v: current.data!.complaint.version }, SUPERVISOR);
  if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
}

beforeAll(async () => {
  stack = await startTestStack();
  await setUpWorkspaceOrganization(stack);
  complaints.mine = await submitted(stack, { category: 'Mobile network' });
  await step('acceptComplaint', complaints.mine.id);
  await step('assignComplaint', complaints.mine.id, `, handlerId: "${PEOPLE.handler.staffId}"`);
  await step('escalateComplaint', complaints.mine.id, ', reason: "Complainant called twice"');
  complaints.phone = await submitted(stack, { channel: 'PHONE', priority: 'HIGH', category: 'Broadband', complainant: { name: '周杰', phone: '+86 139 0000 0000', preferredLanguage: 'ZH_CN' } }, true);
  for (let i = 0; i < 21; i += 1) await submitted(stack, { category: 'Gas' });
  complaints.waiting = await submitted(stack, { category: 'Mobile network', complainant: { name: 'Ada Lovelace', email: 'ada@example.com', preferredLanguage: 'EN' } });
  complaints.repeat = await submitted(stack, { category: 'Mobile network', complainant: { name: 'Ada Lovelace', email: 'ada@example.com', preferredLanguage: 'EN' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openAs(who: { staffId: string; role: 'HANDLER' | 'SUPERVISOR' }, path = '') {
  const page = await browser.newPage();
  await signInAsStaff(page, stack, who);
  await page.goto(`${stack.urls.staff}${path}`);
  return page;
}
type Page = Awaited<ReturnType<typeof openAs>>;
const rowFor = (page: Page, reference: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });

describe('the complaint lists', () => {
  it('open on my queue: the complaints designated to me, with their most urgent deadline', async () => {
    const page = await openAs(PEOPLE.handler);
    await page.getByRole('heading', { name: '我的队列', level: 1 }).waitFor();
    const row = rowFor(page, complaints.mine.reference);
    await row.waitFor();
    await row.getByText('✓ 正常').waitFor();
    await row.getByText(/^截止 /).waitFor();
    expect(await page.getByRole('link', { name: complaints.phone.reference }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('list the escalated complaints and the possible duplicates', async () => {
    const page = await openAs(PEOPLE.supervisor);
    await page.getByRole('navigation', { name: '投诉列表' }).getByRole('link', { name: '已升级' }).click();
    await rowFor(page, complaints.mine.reference).waitFor();
    await page.getByRole('navigation', { name: '投诉列表' }).getByRole('link', { name: '疑似重复' }).click();
    await rowFor(page, complaints.repeat.reference).waitFor();
    expect(await page.getByRole('link', { name: complaints.mine.reference }).count()).toBe(0);
    await page.close();
  });

  it('filter all complaints by channel in the URL, and page through the rest with Load more', async () => {
    const page = await openAs(PEOPLE.supervisor, 'complaints');
    await page.getByRole('heading', { name: '全部投诉', level: 1 }).waitFor();
    await page.getByLabel('渠道').selectOption('PHONE');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await rowFor(page, complaints.phone.reference).waitFor();
    expect(new URL(page.url()).searchParams.get('channel')).toBe('PHONE');
    await page.getByRole('table').getByRole('caption').getByText('已显示 1 件').waitFor();
    await rowFor(page, complaints.phone.reference).getByText('高').waitFor();

    await page.goto(`${stack.urls.staff}complaints?list=all&category=Gas`);
    await page.getByRole('table').getByRole('caption').getByText('已显示 20 件').waitFor();
    await page.getByRole('button', { name: '加载更多' }).click();
    await page.getByRole('table').getByRole('caption').getByText('已显示 21 件').waitFor();
    expect(await page.getByRole('button', { name: '加载更多' }).count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('show my team’s and the unassigned complaints, filtered by deadline state', async () => {
    const page = await openAs(PEOPLE.handler, 'complaints?list=team');
    await page.getByRole('heading', { name: '我的团队', level: 1 }).waitFor();
    await rowFor(page, complaints.mine.reference).waitFor();
    await page.getByRole('navigation', { name: '投诉列表' }).getByRole('link', { name: '未分派' }).click();
    await rowFor(page, complaints.waiting.reference).waitFor();
    expect(await page.getByRole('link', { name: complaints.mine.reference }).count()).toBe(0);
    await page.getByLabel('时限状态').selectOption('ON_TRACK');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await rowFor(page, complaints.waiting.reference).waitFor();
    expect(new URL(page.url()).searchParams.get('clockState')).toBe('ON_TRACK');
    await page.close();
  });

  it('open a complaint straight from its reference typed in the search box', async () => {
    const page = await openAs(PEOPLE.supervisor, 'complaints');
    await page.getByRole('searchbox', { name: '搜索' }).fill(complaints.phone.reference.toLowerCase());
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('heading', { name: `投诉 ${complaints.phone.reference}` }).waitFor();
    expect(page.url()).not.toContain(complaints.phone.reference.toLowerCase());
    await page.close();
  });

  it('search by the complainant’s name without putting it in the URL', async () => {
    const page = await openAs(PEOPLE.supervisor, 'complaints');
    await page.getByRole('searchbox', { name: '搜索' }).fill('Lovelace');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await rowFor(page, complaints.waiting.reference).waitFor();
    await rowFor(page, complaints.repeat.reference).waitFor();
    expect(await page.getByRole('link', { name: complaints.phone.reference }).count()).toBe(0);
    expect(page.url()).not.toContain('Lovelace');
    // Filters applied afterwards keep the words, still out of the URL.
    await page.getByLabel('渠道').selectOption('WEB');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await rowFor(page, complaints.waiting.reference).waitFor();
    expect(page.url()).not.toContain('Lovelace');
    expect(await page.getByRole('searchbox', { name: '搜索' }).inputValue()).toBe('Lovelace');
    await page.close();
  });
});

describe('recording a complaint received by phone', () => {
  it('sets its channel and priority, and gives the reference and the access code to pass on', async () => {
    const page = await openAs(PEOPLE.supervisor, 'complaints/new');
    await page.getByRole('heading', { name: '登记投诉', level: 1 }).waitFor();
    await page.getByLabel('渠道').selectOption('PHONE');
    await page.getByLabel('优先级').selectOption('URGENT');
    await page.getByRole('textbox', { name: '姓名' }).fill('刘洋');
    await page.getByRole('textbox', { name: /^电话/ }).fill('+86 137 0000 1111');
    await page.getByRole('textbox', { name: '名称' }).fill('某燃气公司');
    await page.getByRole('combobox', { name: '类别' }).fill('Gas');
    await page.getByRole('textbox', { name: '事实经过' }).fill('燃气表读数异常，账单比上月高出三倍。');
    await page.getByRole('textbox', { name: '投诉请求' }).fill('核查燃气表并退还多收费用。');
    await page.getByRole('button', { name: '登记投诉' }).click();
    await page.getByRole('heading', { name: '投诉已登记' }).waitFor();
    const accessCode = await page.locator('.access-code').innerText();
    expect(accessCode.length).toBeGreaterThan(5);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '打开此投诉' }).click();
    const about = page.locator('.facts-grid');
    await about.getByText('电话', { exact: true }).waitFor();
    await about.getByText('紧急', { exact: true }).waitFor();
    await page.close();
  });
});
