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
  updateOrganizationSettings(input: $input) { version evaluationReport { frequency recipientIds } }
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
            { id: 'boss', name: 'Bo Shi', email: BOSS },
            { id: 'ana', name: 'Ana Lyst', email: ANALYST },
          ],
          evaluationReport: { frequency: 'WEEKLY', recipientIds: ['boss'] },
        },
      },
      ADMIN,
    );
    expect(configured.errors).toBeUndefined();
    expect(configured.data!.updateOrganizationSettings).toEqual({ version: 1, evaluationReport: { frequency: 'WEEKLY', recipientIds: ['boss'] } });
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
    expect(await stack.reports.runNow()).toEqual({ due: 1, sent: 1, emails: 1, failed: 0 });
    const [report, ...more] = await mailTo(stack, BOSS);
    expect(more).toEqual([]);
    expect(report.subject).toBe('Weekly complaint evaluation report（每周投诉评估报告）: 2026-11-02 to 2026-11-08');
    expect(report.body.text).toContain('Received: 5 (period before 1, +4 (+400%))');
    expect(report.body.text).toContain('Billing: 3 (period before 1, +2)');
    expect(report.body.text).toContain('Mobile network: 2 (period before 0, +2)');
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
});
