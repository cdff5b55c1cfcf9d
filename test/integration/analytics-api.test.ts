import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { asStaff, graphql, startTestStack, statsSettled, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Learning from complaints through the local HTTP endpoint: figures read from the
 * aggregates the stream keeps, and an improvement action whose effect is measured.
 *
 * Monday 2 Nov 2026 (Shanghai): 4 complaints about billing, 1 about the network.
 * Tuesday 3 Nov: 1 about billing, 5 about the network.
 */
const MONDAY = '2026-11-02T02:00:00.000Z';
const TUESDAY = '2026-11-03T02:00:00.000Z';
const WEDNESDAY = '2026-11-04T02:00:00.000Z';

const ANALYST = asStaff('ana', 'ANALYST');
const HANDLER = asStaff('han', 'HANDLER');
const ADMIN = asStaff('adm', 'ADMIN');

const STATISTICS = `query($period: PeriodInput!) {
  complaintStatistics(period: $period, groupBy: CATEGORY) {
    period { from to } dimension totalGroups itemsRead
    groups { key received accepted resolved timeToResolution { count medianHours } satisfaction { ratings } }
  }
}`;
const HOTSPOTS = `query($period: PeriodInput!) {
  hotspots(period: $period, dimension: CATEGORY) {
    previousPeriod { from to } currentTotal previousTotal groupsTested falseDiscoveryRate minExpected
    hotspots { key current previous rise relativeRise pValue significant share previousShare expected rateRatio rateRatioLow rateRatioHigh tested qValue }
  }
}`;
const ACTION_FIELDS = 'id title status version effectiveOn scope { dimension key } effect { windowDays before after beforePerDay afterPerDay change pValue significant }';
const CREATE = `mutation($input: ImprovementActionInput!) { createImprovementAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateImprovementActionInput!) { updateImprovementAction(input: $input) { ${ACTION_FIELDS} } }`;
const ACTIONS = `{ improvementActions { ${ACTION_FIELDS} } }`;

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

describe('analytics and improvement actions through the API', () => {
  const time = new FakeClock(MONDAY);
  let stack: LocalStack;

  async function submit(category: string, n: number) {
    for (let i = 0; i < n; i += 1) {
      const res = await graphql(stack, SUBMIT, { input: sampleSubmission({ category }) });
      expect(res.errors).toBeUndefined();
    }
  }

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    // The owner of an action must be a member of staff.
    const settings = await graphql(stack, 'mutation { updateOrganizationSettings(input: { expectedVersion: 0, staff: [{ id: "ana", name: "Ana Lyst", email: "ana@example.org" }] }) { version } }', {}, ADMIN);
    expect(settings.errors).toBeUndefined();
    await submit('Billing', 4);
    await submit('Mobile network', 1);
    time.set(TUESDAY);
    await submit('Billing', 1);
    await submit('Mobile network', 5);
    await statsSettled(stack);
  });
  afterAll(() => stack?.stop());

  it('an analyst reads the statistics of the period by category, largest first', async () => {
    const res = await graphql(stack, STATISTICS, { period: NOVEMBER }, ANALYST);
    expect(res.errors).toBeUndefined();
    const statistics = res.data!.complaintStatistics;
    expect(statistics).toMatchObject({ period: NOVEMBER, dimension: 'CATEGORY', totalGroups: 2 });
    expect(statistics.groups).toEqual([
      { key: 'Mobile network', received: 6, accepted: 0, resolved: 0, timeToResolution: { count: 0, medianHours: null }, satisfaction: { ratings: 0 } },
      { key: 'Billing', received: 5, accepted: 0, resolved: 0, timeToResolution: { count: 0, medianHours: null }, satisfaction: { ratings: 0 } },
    ]);
    // Two categories on two days: four aggregate items, whatever the number of complaints.
    expect(statistics.itemsRead).toBe(4);
  });

  it('a handler may not read them: FORBIDDEN', async () => {
    expect(code(await graphql(stack, STATISTICS, { period: NOVEMBER }, HANDLER))).toBe('FORBIDDEN');
    expect(code(await graphql(stack, ACTIONS, {}, HANDLER))).toBe('FORBIDDEN');
  });

  it('a period that ends before it starts is BAD_USER_INPUT naming period.to', async () => {
    const res = await graphql(stack, STATISTICS, { period: { from: '2026-11-30', to: '2026-11-01' } }, ANALYST);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
  });

  it('hotspots find the category whose share rose against the day before, with its effect size, and too few to test it', async () => {
    const res = await graphql(stack, HOTSPOTS, { period: { from: '2026-11-03', to: '2026-11-03' } }, ANALYST);
    expect(res.errors).toBeUndefined();
    const report = res.data!.hotspots;
    expect(report).toMatchObject({ previousPeriod: { from: '2026-11-02', to: '2026-11-02' }, currentTotal: 6, previousTotal: 5, groupsTested: 0, falseDiscoveryRate: 0.05, minExpected: 5 });
    // 6 of the 11 complaints came on the second day: network's 6 would have put 6 × 6/11 ≈ 3.3 there; 5 came.
    // P(X >= 5 | 6, 6/11) = 6·(6/11)^5·(5/11) + (6/11)^6, a rise in share (1/5 → 5/6) but too few to test.
    const p0 = 6 / 11;
    expect(report.hotspots).toEqual([
      {
        key: 'Mobile network',
        current: 5,
        previous: 1,
        rise: 4,
        relativeRise: 4,
        pValue: expect.closeTo(6 * p0 ** 5 * (1 - p0) + p0 ** 6, 12),
        significant: false,
        share: expect.closeTo(5 / 6, 12),
        previousShare: expect.closeTo(1 / 5, 12),
        expected: expect.closeTo(36 / 11, 12),
        rateRatio: expect.closeTo(25 / 6, 12),
        rateRatioLow: expect.any(Number),
        rateRatioHigh: expect.any(Number),
        tested: false,
        qValue: null,
      },
    ]);
    expect(report.hotspots[0].rateRatioLow).toBeLessThan(25 / 6);
    expect(report.hotspots[0].rateRatioHigh).toBeGreaterThan(25 / 6);
  });

  it('hotspots refuse a false discovery rate above 0.5: BAD_USER_INPUT naming it', async () => {
    const res = await graphql(stack, 'query($period: PeriodInput!) { hotspots(period: $period, dimension: CATEGORY, falseDiscoveryRate: 0.9) { groupsTested } }', { period: NOVEMBER }, ANALYST);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'falseDiscoveryRate' });
  });

  it('an improvement action marked DONE takes effect that day and shows its effect once a day has passed', async () => {
    time.set(TUESDAY);
    const created = await graphql(stack, CREATE, { input: { title: 'Send each bill once', dimension: 'CATEGORY', key: 'Billing', ownerId: 'ana', dueOn: '2026-11-30' } }, ANALYST);
    expect(created.errors).toBeUndefined();
    const action = created.data!.createImprovementAction;
    expect(action).toMatchObject({ status: 'PLANNED', version: 1, scope: { dimension: 'CATEGORY', key: 'Billing' }, effectiveOn: null, effect: null });

    const done = await graphql(stack, UPDATE, { input: { id: action.id, expectedVersion: 1, status: 'DONE' } }, ANALYST);
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateImprovementAction).toMatchObject({ status: 'DONE', version: 2, effectiveOn: '2026-11-03', effect: null });

    time.set(WEDNESDAY);
    const listed = await graphql(stack, ACTIONS, {}, ANALYST);
    expect(listed.errors).toBeUndefined();
    // One day each side: 4 about billing on Monday, 1 on Tuesday; at most 1 of 5 by chance is 6/32.
    expect(listed.data!.improvementActions.find((a: { id: string }) => a.id === action.id).effect).toEqual({
      windowDays: 1,
      before: 4,
      after: 1,
      beforePerDay: 4,
      afterPerDay: 1,
      change: -0.75,
      pValue: expect.closeTo(6 / 32, 12),
      significant: false,
    });
  });

  it('an update from a stale version is CONFLICT', async () => {
    const created = await graphql(stack, CREATE, { input: { title: 'Fix coverage', dimension: 'CATEGORY', key: 'Mobile network', ownerId: 'ana', dueOn: '2026-12-31' } }, ANALYST);
    const { id } = created.data!.createImprovementAction;
    expect((await graphql(stack, UPDATE, { input: { id, expectedVersion: 1, status: 'IN_PROGRESS' } }, ANALYST)).errors).toBeUndefined();
    expect(code(await graphql(stack, UPDATE, { input: { id, expectedVersion: 1, status: 'CANCELLED' } }, ANALYST))).toBe('CONFLICT');
  });
});
