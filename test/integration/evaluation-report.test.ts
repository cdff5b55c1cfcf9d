import { DynamoDbReportStore } from '../../functions/adapters/dynamodb/report-store';
import type { LocalStack } from '../../local/stack';
import { dynamoDbClient } from '../../functions/wiring/dynamodb';
import { FakeClock } from '../harness/fake-clock';
import { asStaff, graphql, mailTo, startTestStack, statsSettled, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * The weekly evaluation report through the local stack: an admin asks for it, complaints
 * come in, and on Monday the report timer emails last week's figures to the recipient, once.
 *
 * Tuesday 27 Oct 2026 (Shanghai): 1 complaint about billing (the week before).
 * Wednesday 4 Nov: 3 about billing, 2 about the network (the week reported).
 */
const WEEK_BEFORE = '2026-10-27T02:00:00.000Z';
const WEDNESDAY = '2026-11-04T02:00:00.000Z';
const SUNDAY_EVENING = '2026-11-08T12:00:00.000Z';
const MONDAY_MORNING = '2026-11-09T01:00:00.000Z';

const ADMIN = asStaff('adm', 'ADMIN');
const BOSS = 'boss@example.org';
const ANALYST = 'ana@example.org';

const CONFIGURE = `mutation($input: OrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) { version staff { id language } evaluationReport { frequency recipientIds } }
}`;

describe('the weekly evaluation report', () => {
  const time = new FakeClock(WEEK_BEFORE);
  let stack: LocalStack;

  async function submit(category: string, n: number) {
    for (let i = 0; i < n; i += 1) expect((await graphql(stack, SUBMIT, { input: sampleSubmission({ category, occurredOn: '2026-10-20' }) })).errors).toBeUndefined();
  }

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    const configured = await graphql(
      stack,
      CONFIGURE,
      {
        input: {
          expectedVersion: 0,
          staff: [
            { id: 'boss', name: 'Bo Shi', email: BOSS, language: 'EN' },
            { id: 'ana', name: 'Ana Lyst', email: ANALYST },
          ],
          evaluationReport: { frequency: 'WEEKLY', recipientIds: ['boss'] },
        },
      },
      ADMIN,
    );
    expect(configured.errors).toBeUndefined();
    expect(configured.data!.updateOrganizationSettings).toEqual({
      version: 1,
      staff: [{ id: 'boss', language: 'EN' }, { id: 'ana', language: null }],
      evaluationReport: { frequency: 'WEEKLY', recipientIds: ['boss'] },
    });
    await submit('Billing', 1);
    time.set(WEDNESDAY);
    await submit('Billing', 3);
    await submit('Mobile network', 2);
    await statsSettled(stack);
  });
  afterAll(() => stack?.stop());

  it('is not sent before Monday', async () => {
    time.set(SUNDAY_EVENING);
    expect(await stack.reports.runNow()).toMatchObject({ due: 0, emails: 0 });
    expect(await mailTo(stack, BOSS)).toEqual([]);
  });

  it("reaches the recipient on Monday with last week's volumes, hotspots and charts", async () => {
    time.set(MONDAY_MORNING);
    expect(await stack.reports.runNow()).toMatchObject({ due: 1, sent: 1, emails: 1, failed: 0 });
    const [report, ...more] = await mailTo(stack, BOSS);
    expect(more).toEqual([]);
    expect(report.subject).toBe('Weekly complaint evaluation report（每周投诉评估报告）: 2026-11-02 to 2026-11-08');
    expect(report.body.text).toContain('Received: 5 (period before 1, +4 (+400%))');
    // Billing's share fell (1 of 1, then 3 of 5): only the network's rose, too few to test.
    expect(report.body.text).not.toContain('Billing: 3 (period before 1');
    expect(report.body.text).toContain('Mobile network: 2 (period before 0, +2; expected 1.7), share new');
    expect(report.body.text).toMatch(/Mobile network: .*: too few to test/);
    expect(report.body.html).toContain('>Mobile network</td>');
    // Wednesday's five complaints are the week's longest bar.
    expect(report.body.html).toMatch(/Wed 2026-11-04<\/td><td[^>]*><table[^>]*><tr><td class="bar" width="200"/);
    expect(await mailTo(stack, ANALYST)).toEqual([]);
  });

  it('is not sent a second time by a later run', async () => {
    time.advance(60 * 60_000);
    expect(await stack.reports.runNow()).toMatchObject({ due: 1, sent: 0, emails: 0 });
    expect(await mailTo(stack, BOSS)).toHaveLength(1);
  });

  it('is claimed in DynamoDB by one run until its lease ends, and by nobody once sent', async () => {
    const store = new DynamoDbReportStore(dynamoDbClient(stack.config), stack.config.tableName);
    const claim = { organizationId: 'acme', frequency: 'MONTHLY' as const, firstDay: '2026-10-01' };
    expect(await store.claimReport(claim, '2026-11-01T01:00:00.000Z', '2026-11-01T01:15:00.000Z')).toBe(true);
    expect(await store.claimReport(claim, '2026-11-01T01:05:00.000Z', '2026-11-01T01:20:00.000Z')).toBe(false);
    // The first run died: the next one takes the report over once the lease has ended.
    expect(await store.claimReport(claim, '2026-11-01T02:00:00.000Z', '2026-11-01T02:15:00.000Z')).toBe(true);
    await store.markReportSent(claim, '2026-11-01T02:01:00.000Z', 2);
    expect(await store.claimReport(claim, '2026-11-01T03:00:00.000Z', '2026-11-01T03:15:00.000Z')).toBe(false);
  });

  it("tells the report's recipient once, from 1 December, that 2027 has no CN holiday data, in their language", async () => {
    time.set('2026-11-30T15:00:00.000Z'); // 23:00 on 30 November in Shanghai
    expect(await stack.reports.runNow()).toMatchObject({ calendarNotices: { due: 0, sent: 0 } });
    time.set('2026-11-30T17:00:00.000Z'); // 01:00 on 1 December
    // The stack's own timer may run too (its first run comes 5 s after start): whichever run gets it, one notice goes out.
    const runs = [await stack.reports.runNow(), await stack.reports.runNow()];
    expect(runs.map((r) => r.calendarNotices.due)).toEqual([1, 1]);
    expect(runs[1].calendarNotices.sent).toBe(0);
    const notices = (await mailTo(stack, BOSS)).filter((m) => m.subject === 'Holiday data for 2027 is missing');
    expect(notices).toHaveLength(1);
    expect(notices[0].body.text).toContain('npm update chinese-days');
    expect(notices[0].body.text).not.toMatch(/[\u4e00-\u9fff]/); // the recipient reads English
  });

  it('marks a CN deadline that falls in 2027 provisional in the API, with the reason in Chinese', async () => {
    time.set('2026-12-24T02:00:00.000Z');
    const submitted = await graphql(stack, SUBMIT, { input: sampleSubmission({ occurredOn: '2026-12-20' }) });
    expect(submitted.errors).toBeUndefined();
    const { reference, accessCode } = submitted.data!.submitComplaint;
    const tracked = await graphql(
      stack,
      `query($reference: String!, $accessCode: String!) {
        trackComplaint(reference: $reference, accessCode: $accessCode) { clocks { id dueAt provisional provisionalNote(language: ZH_CN) } }
      }`,
      { reference, accessCode },
    );
    expect(tracked.errors).toBeUndefined();
    const acceptance = tracked.data!.trackComplaint.clocks.find((c: { id: string }) => c.id === 'CN_ACCEPTANCE');
    // Thu 24 Dec: seven working days, 1 January 2027 (元旦, estimated) skipped, end on Tue 5 January.
    expect(acceptance).toMatchObject({ dueAt: '2027-01-05T15:59:59.999Z', provisional: true });
    expect(acceptance.provisionalNote).toContain('暂定');
  });
});
