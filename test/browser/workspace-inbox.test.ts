import type { LocalStack } from '../../local/stack';
import { seriousViolations } from '../harness/browser';
import { firstEmailTo, recorded, replyTo } from '../harness/inbound-mail';
import { ADMIN, graphql, RECORD, waitFor } from '../harness/local-stack';
import { PEOPLE, submitted } from '../harness/workspace-organization';
import { workspaceInBrowser } from '../harness/workspace-browser';

// The workspace's received email, as a supervisor uses it in Chromium against a whole local
// stack: the messages are built as a mail client builds them (test/harness/inbound-mail.ts).
jest.setTimeout(180_000);

const scene = workspaceInBrowser();
const { openAs } = scene;
let stack: LocalStack;
beforeAll(() => ({ stack } = scene));

let complainants = 0;

/** A complaint submitted on the web by a complainant with an address of their own, to reply from. */
async function submittedBy(email = `complainant-inbox-${process.pid}-${++complainants}@example.com`) {
  return { ...(await submitted(stack, { complainant: { name: '王小明', email, preferredLanguage: 'ZH_CN' } })), email };
}

/** A reply from someone other than the complainant (the intake keeps it unmatched), with DKIM and DMARC failed. */
async function unmatchedReply(text: string, html?: string) {
  const complaint = await submittedBy();
  const notice = await firstEmailTo(stack, complaint.email);
  const subject = await replyTo(stack, notice, { from: `someone-else-${complaint.reference.toLowerCase()}@example.net`, text, html, verdicts: { spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL', spam: 'PASS', virus: 'PASS' } });
  return { complaint, subject, id: await recorded(stack, subject, 'UNMATCHED') };
}

describe('the received email', () => {
  it('is not open to handlers', async () => {
    const page = await openAs(PEOPLE.handler, 'inbox');
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    await page.getByText('可访问的角色：管理员、主管。').waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lists an unmatched reply for a supervisor, with why it did not match and a warning that DKIM failed', async () => {
    const { subject } = await unmatchedReply('我是投诉人的家属，想补充一些情况。');
    const page = await openAs(PEOPLE.supervisor, '');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '收到的邮件' }).click();
    await page.getByRole('heading', { name: '收到的邮件', level: 1 }).waitFor();
    // It opens on the unmatched replies, which need a person.
    expect(await page.getByRole('navigation', { name: '按状态查看收到的邮件' }).getByRole('link', { name: '未匹配' }).getAttribute('aria-current')).toBe('page');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: subject }) });
    await row.getByText('发件人不是投诉人的邮箱').waitFor();
    await row.getByText('⚠ DKIM、DMARC 未通过').waitFor();
    await row.getByText('未匹配', { exact: true }).waitFor();
    expect(page.errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows an email’s text as text: markup in it is shown, never run or rendered', async () => {
    const payload = '<script>window.inboxInjected = true</script><img src="x" onerror="window.inboxInjected = true">';
    const { id } = await unmatchedReply(`请看这段代码：${payload}`, `<p>请看这段代码：</p>${payload}`);
    const page = await openAs(PEOPLE.supervisor, `inbox/${id}`);
    const text = page.getByRole('region', { name: '邮件正文' });
    await text.getByText(`请看这段代码：${payload}`).waitFor();
    expect(await text.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { inboxInjected?: boolean }).inboxInjected)).toBeUndefined();
    const verdicts = page.getByRole('table', { name: '收件服务器的检查结果' });
    await verdicts.getByRole('row', { name: 'DKIM ✕ 未通过' }).waitFor();
    await verdicts.getByRole('row', { name: 'SPF ✓ 通过' }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('processes an unmatched email again and shows its state after', async () => {
    const { id } = await unmatchedReply('第二次来信。');
    const page = await openAs(PEOPLE.supervisor, `inbox/${id}`);
    await page.getByRole('region', { name: '处理结果' }).getByText('1', { exact: true }).waitFor();
    await page.getByRole('button', { name: '重新处理' }).click();
    // The sender is still not the complainant: it stays unmatched, processed twice.
    await page.getByRole('status').getByText('已重新处理：现为“未匹配”。').waitFor();
    await page.getByRole('region', { name: '处理结果' }).getByText('2', { exact: true }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('the case page', () => {
  it('shows the complainant’s emailed message in the timeline, apart from staff replies, and lists the email as joined', async () => {
    const complaint = await submittedBy();
    const notice = await firstEmailTo(stack, complaint.email);
    const subject = await replyTo(stack, notice, { from: complaint.email, text: '补充一下：昨天晚上信号又中断了三个小时。' });
    await recorded(stack, subject, 'JOINED_COMPLAINT');
    // The complaint has no handler yet: its team's supervisor is told.
    await waitFor('the supervisor to be told', async () => ((await graphql(stack, RECORD, { id: complaint.id }, ADMIN)).data?.complaint.notifications as Array<{ kind: string }>).some((n) => n.kind === 'COMPLAINANT_MESSAGE'));

    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    const message = page.locator('.timeline .entry-complainant-message');
    await message.getByText('投诉人来信（电子邮件）').waitFor();
    await message.getByText(/补充一下：昨天晚上信号又中断了三个小时。/).waitFor();
    await message.getByText('投诉人所写').waitFor();
    await page.getByRole('region', { name: '通知', exact: true }).getByRole('row').filter({ hasText: '投诉人来信' }).getByText(PEOPLE.supervisor.name).waitFor();

    await page.goto(`${stack.urls.staff}inbox?state=JOINED_COMPLAINT`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: subject }) });
    await row.getByText('已并入投诉', { exact: true }).waitFor();
    await row.getByRole('link', { name: complaint.reference, exact: true }).click();
    await page.getByRole('heading', { name: `投诉 ${complaint.reference}` }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says when emails to the complainant bounce, and shows the bounced email', async () => {
    // SES's mailbox simulator address: a hard bounce (simulated locally by local/simulated-delivery-events.ts).
    const complaint = await submittedBy('bounce@simulator.amazonses.com');
    await waitFor('the bounce to be recorded', async () => (await graphql(stack, 'query($id: ID!) { complaint(id: $id) { complainantEmailUndeliverable } }', { id: complaint.id }, ADMIN)).data?.complaint?.complainantEmailUndeliverable === true);

    const page = await openAs(PEOPLE.supervisor, `complaints/${complaint.id}`);
    await page.getByRole('region', { name: '投诉人', exact: true }).getByText('发给此投诉人的邮件被退回：平台不再向其发送邮件。投诉人仍可在查询页面跟踪投诉进展。').waitFor();
    await page.getByRole('region', { name: '通知', exact: true }).getByText('✕ 被退回（不再向此地址发送）').first().waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
