import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { asStaff, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Emerging topics through the local HTTP endpoint, read from the complaints DynamoDB Local
 * holds. Monday 2 Nov 2026 (Shanghai): ten complaints about the signal. Tuesday: two more
 * like them, and ten about a membership renewed and charged without notice.
 */
jest.setTimeout(180_000);

const MONDAY = '2026-11-02T02:00:00.000Z';
const TUESDAY = '2026-11-03T02:00:00.000Z';
const ANALYST = asStaff('ana', 'ANALYST');
const HANDLER = asStaff('han', 'HANDLER');

const TOPICS = `query($period: PeriodInput!) {
  emergingTopics(period: $period) {
    previousPeriod { from to } currentComplaints previousComplaints complete termsTested falseDiscoveryRate
    topics { term relatedTerms current previous expected rateRatio rateRatioLow pValue qValue examples { complaintId reference excerpt } }
  }
}`;
const SIGNAL = '家中两周没有信号，客服热线一直无人接听。';
const RENEWAL = '会员到期后被自动续费扣款，没有任何提醒，客服热线一直无人接听。';

describe('emerging topics through the API', () => {
  const time = new FakeClock(MONDAY);
  let stack: LocalStack;
  const references = new Map<string, string>();

  async function submit(facts: string, n: number) {
    for (let i = 0; i < n; i += 1) {
      const res = await graphql(stack, SUBMIT, { input: sampleSubmission({ facts }) });
      expect(res.errors).toBeUndefined();
      references.set(res.data!.submitComplaint.reference as string, facts);
    }
  }

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    await submit(SIGNAL, 10);
    time.set(TUESDAY);
    await submit(SIGNAL, 2);
    await submit(RENEWAL, 10);
  });
  afterAll(() => stack?.stop());

  it('an analyst sees the phrase that burst on Tuesday, with its effect size and complaints that mention it', async () => {
    const res = await graphql(stack, TOPICS, { period: { from: '2026-11-03', to: '2026-11-03' } }, ANALYST);
    expect(res.errors).toBeUndefined();
    const report = res.data!.emergingTopics;
    expect(report).toMatchObject({ previousPeriod: { from: '2026-11-02', to: '2026-11-02' }, currentComplaints: 12, previousComplaints: 10, complete: true, falseDiscoveryRate: 0.05 });
    // The renewal's words rose together: one topic. The signal and the hotline are as common as on Monday.
    expect(report.topics).toHaveLength(1);
    const [renewal] = report.topics;
    expect([renewal.term, ...renewal.relatedTerms]).toEqual(expect.arrayContaining(['自动续', '续费扣']));
    expect([renewal.term, ...renewal.relatedTerms].some((t: string) => t.includes('信号') || t.includes('热线'))).toBe(false);
    expect(renewal).toMatchObject({ current: 10, previous: 0, rateRatio: null });
    expect(renewal.qValue).toBeLessThanOrEqual(0.05);
    expect(renewal.examples).toHaveLength(3);
    for (const example of renewal.examples) {
      expect(references.get(example.reference)).toBe(RENEWAL);
      expect(RENEWAL).toContain(example.excerpt);
    }
  });

  it('finds nothing on Monday, which had no day before it with complaints to rise from', async () => {
    const res = await graphql(stack, TOPICS, { period: { from: '2026-11-02', to: '2026-11-02' } }, ANALYST);
    expect(res.data!.emergingTopics).toMatchObject({ currentComplaints: 10, previousComplaints: 0, topics: [] });
  });

  it('a handler may not read them, and a false discovery rate above 0.5 is BAD_USER_INPUT', async () => {
    const period = { from: '2026-11-03', to: '2026-11-03' };
    expect((await graphql(stack, TOPICS, { period }, HANDLER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await graphql(stack, 'query($period: PeriodInput!) { emergingTopics(period: $period, falseDiscoveryRate: 0.9) { termsTested } }', { period }, ANALYST);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'falseDiscoveryRate' });
  });
});
