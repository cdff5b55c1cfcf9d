import { createHash } from 'node:crypto';
import type { LocalStack } from '../../local/stack';
import { seriousViolations } from '../harness/browser';
import { ADMIN, graphql, RECORD, waitFor } from '../harness/local-stack';
import { ORGANIZATION_TIME_ZONE, PEOPLE, submitted } from '../harness/workspace-organization';
import { workspaceInBrowser } from '../harness/workspace-browser';

// The case page of the staff workspace, as staff use it in Chromium: each step through its form.
jest.setTimeout(180_000);

const scene = workspaceInBrowser();
const { openAs } = scene;
let stack: LocalStack;
beforeAll(() => ({ stack } = scene));

type Page = Awaited<ReturnType<typeof openAs>>;
const status = (page: Page, name: string) => page.getByRole('heading', { level: 1 }).getByText(name, { exact: true }).waitFor();

describe('the case page', () => {
  it('shows every deadline with its state in words and its due time in the organization’s time zone', async () => {
    const complaint = await submitted(stack);
    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await page.getByRole('heading', { name: `投诉 ${complaint.reference}` }).waitFor();
    await page.getByRole('table').filter({ hasText: ORGANIZATION_TIME_ZONE }).waitFor();

    const inNewYork = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: ORGANIZATION_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    const inUtc = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    for (const clock of complaint.clocks) {
      const due = page.locator(`[data-clock-due="${clock.id}"]`);
      expect(await due.innerText()).toBe(inNewYork(clock.dueAt));
      expect(await due.innerText()).not.toBe(inUtc(clock.dueAt));
    }
    expect(await page.getByText('✓ 正常').count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('takes a complaint from acceptance through investigation, a request for information and the composer to a final response, then escalates it', async () => {
    const complaint = await submitted(stack);
    const supervisor = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await status(supervisor, '已收到');
    await supervisor.getByRole('button', { name: '受理', exact: true }).click();
    await supervisor.getByRole('button', { name: '确认受理' }).click();
    // The routing rule sends it to the team, whose least-loaded member is designated at once.
    await status(supervisor, '已分派');
    await supervisor.getByRole('button', { name: '分派', exact: true }).click();
    await supervisor.getByLabel('承办人').selectOption(PEOPLE.handler.staffId);
    await supervisor.getByRole('button', { name: '确认分派' }).click();
    await supervisor.locator('.facts-grid').getByText(PEOPLE.handler.name).waitFor();
    await supervisor.close();

    const handler = await openAs(PEOPLE.handler, `complaints/${complaint.id}`);
    await status(handler, '已分派');
    // A handler may not reassign: the step is not offered.
    expect(await handler.getByRole('button', { name: '分派', exact: true }).count()).toBe(0);
    await handler.getByRole('button', { name: '开始调查', exact: true }).click();
    await handler.getByRole('button', { name: '确认开始调查' }).click();
    await status(handler, '调查中');

    await handler.getByRole('button', { name: '添加内部备注' }).click();
    await handler.getByRole('textbox', { name: '备注' }).fill('已联系基站维护部门核实。');
    await handler.getByRole('button', { name: '保存备注' }).click();
    const note = handler.locator('.timeline .entry-internal-note');
    await note.getByText('已联系基站维护部门核实。').waitFor();
    await note.getByText('仅内部可见，投诉人看不到').waitFor();

    await handler.getByRole('button', { name: '请求补充材料' }).click();
    await handler.getByRole('textbox', { name: '需要投诉人补充的内容' }).fill('请提供信号中断期间的通话记录截图。');
    await handler.getByRole('button', { name: '发送请求' }).click();
    await status(handler, '等待投诉人');

    const answered = await graphql(stack, 'mutation($r: String!, $c: String!) { answerInformationRequest(reference: $r, accessCode: $c, answer: "截图已通过邮件发送。") { status } }', { r: complaint.reference, c: complaint.accessCode });
    expect(answered.data?.answerInformationRequest.status).toBe('INVESTIGATING');
    await handler.reload();
    await status(handler, '调查中');
    await handler.getByText('截图已通过邮件发送。').waitFor();

    await handler.getByRole('button', { name: '作出最终答复' }).click();
    const remedyCheck = handler.getByText('投诉成立或部分成立时，至少选择一项补救措施。');
    // Upheld with no remedy: the domain's check shows before anything is sent.
    await remedyCheck.waitFor();
    await handler.getByRole('button', { name: '发送最终答复' }).click();
    await handler.getByText('必填。').first().waitFor();
    await status(handler, '调查中');

    await handler.getByRole('checkbox', { name: '退款' }).check();
    await remedyCheck.waitFor({ state: 'detached' });
    await handler.getByRole('textbox', { name: '理由' }).fill('经核实，基站故障导致信号中断两周。');
    await handler.getByRole('textbox', { name: '后续改进措施' }).fill('增加基站巡检频次。');
    const preview = handler.locator('.preview-text');
    await preview.getByText('经核实，基站故障导致信号中断两周。').waitFor();
    await handler.getByRole('button', { name: '发送最终答复' }).click();
    await status(handler, '已答复');
    await handler.getByRole('heading', { name: /^最终答复/ }).waitFor();

    // The workflow sends the feedback survey at once (a new version): the handler reads the complaint as it is then.
    await waitFor('the feedback survey', async () => (await graphql(stack, RECORD, { id: complaint.id }, ADMIN)).data?.complaint.status === 'FEEDBACK_PENDING');
    await handler.reload();
    await status(handler, '等待评价');
    await handler.getByRole('button', { name: '升级', exact: true }).click();
    await handler.getByRole('textbox', { name: '升级原因' }).fill('投诉人表示将向监管部门反映。');
    await handler.getByRole('button', { name: '确认升级' }).click();
    await handler.getByText(/^已升级至承办人（/).waitFor();
    await handler.locator('.timeline').getByText('升级', { exact: true }).waitFor();
    expect(handler.errors).toEqual([]);
    await handler.close();
  });

  it('shows a stale tab what changed when another member of staff acted first, keeps the draft, and retries on the new version', async () => {
    const complaint = await submitted(stack);
    const tabA = await openAs(PEOPLE.otherHandler, `complaints/${complaint.id}`);
    const tabB = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await status(tabA, '已收到');
    await status(tabB, '已收到');

    await tabA.getByRole('button', { name: '受理', exact: true }).click();
    await tabA.getByRole('button', { name: '确认受理' }).click();
    await status(tabA, '已分派');

    await tabB.getByRole('button', { name: '添加内部备注' }).click();
    await tabB.getByRole('textbox', { name: '备注' }).fill('投诉人来电补充：故障仍在持续。');
    await tabB.getByRole('button', { name: '保存备注' }).click();
    const conflict = tabB.getByRole('alert').filter({ has: tabB.getByRole('heading', { name: '此投诉已被他人更新' }) });
    await conflict.waitFor();
    await conflict.getByText('状态由“已收到”变为“已分派”').waitFor();
    await conflict.getByText(/^承办人由 无 变为 /).waitFor();
    await conflict.getByText(new RegExp(`^受理，${PEOPLE.otherHandler.name}，`)).waitFor();
    expect(await tabB.getByRole('textbox', { name: '备注' }).inputValue()).toBe('投诉人来电补充：故障仍在持续。');
    await status(tabB, '已分派');

    await conflict.getByRole('button', { name: '按最新版本重试' }).click();
    await tabB.locator('.timeline .entry-internal-note').getByText('投诉人来电补充：故障仍在持续。').waitFor();
    expect(await tabB.getByRole('heading', { name: '此投诉已被他人更新' }).count()).toBe(0);
    expect(tabA.errors).toEqual([]);
    await tabA.close();
    await tabB.close();
  });

  it('rejects with a reason and an explanation, and dismisses a duplicate suggestion', async () => {
    const first = await submitted(stack, { complainant: { name: 'Grace Hopper', email: 'grace@example.com', preferredLanguage: 'EN' } });
    const repeat = await submitted(stack, { complainant: { name: 'Grace Hopper', email: 'grace@example.com', preferredLanguage: 'EN' } });
    const page = await openAs(PEOPLE.supervisor, `complaints/${repeat.id}`);
    await status(page, '已收到');
    const suggestion = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: first.reference }) });
    await suggestion.getByText('联系方式相同').waitFor();
    await suggestion.getByRole('button', { name: `不是 ${first.reference} 的重复` }).click();
    await suggestion.getByText('已排除').waitFor();

    await page.getByRole('button', { name: '不予受理', exact: true }).click();
    await page.getByLabel('原因').selectOption('OUT_OF_SCOPE');
    await page.getByRole('textbox', { name: '说明' }).fill('该问题属于其他机构的受理范围。');
    await page.getByRole('button', { name: '确认不予受理' }).click();
    await status(page, '不予受理');
    await page.getByText('该问题属于其他机构的受理范围。').waitFor();
    // A rejected complaint is over: no step is left to take.
    await page.getByText('此状态下您没有可执行的操作。').waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('uploads an evidence file and shows its name, size, SHA-256 and a download link', async () => {
    const complaint = await submitted(stack);
    const bytes = Buffer.from('Signal outage report, 20 November: mast 4471 down.\n');
    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await status(page, '已收到');
    await page.getByRole('button', { name: '添加证据', exact: true }).click();
    await page.getByRole('textbox', { name: '证据说明' }).fill('基站故障报告');
    await page.getByRole('textbox', { name: '来源' }).fill('网络运维部门');
    await page.getByLabel('文件（可选）').setInputFiles({ name: 'outage-report.txt', mimeType: 'text/plain', buffer: bytes });
    await page.getByRole('checkbox', { name: '投诉人可在查询页面看到此证据' }).check();
    await page.getByRole('button', { name: '保存证据' }).click();
    const evidence = page.getByRole('region', { name: '证据', exact: true });
    const link = evidence.getByRole('link', { name: '下载 outage-report.txt' });
    await link.waitFor();
    const download = await fetch(new URL((await link.getAttribute('href'))!, stack.urls.staff));
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    await evidence.getByText(createHash('sha256').update(bytes).digest('hex')).waitFor();
    await evidence.getByText(`${bytes.length} B`).waitFor();
    await evidence.getByText('投诉人可见').waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations, with its forms open', async () => {
    const complaint = await submitted(stack);
    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await status(page, '已收到');
    for (const step of ['受理', '不予受理', '添加内部备注', '添加证据', '发送答复', '升级']) await page.getByRole('button', { name: step, exact: true }).click();
    await page.getByRole('button', { name: '核验处理记录' }).click();
    await page.getByText(/^已核验 \d+ 条记录/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations in the composer, in English', async () => {
    const complaint = await submitted(stack);
    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await status(page, '已收到');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('button', { name: 'Accept the complaint' }).click();
    await status(page, 'Assigned');
    await page.getByRole('button', { name: 'Start investigation', exact: true }).click();
    await page.getByRole('button', { name: 'Start the investigation' }).click();
    await status(page, 'Investigating');
    await page.getByRole('button', { name: 'Resolve with a final response' }).click();
    await page.getByText('Choose at least one remedy unless the outcome is not upheld.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    await page.close();
  });
});
