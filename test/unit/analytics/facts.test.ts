import { complaintFacts, DIMENSIONS, factsDelta, NONE_KEY, type StatsCell } from '../../../functions/core/analytics/facts';
import { bucketOf, DURATION_BUCKET_HOURS } from '../../../functions/core/analytics/metrics';
import { complaintOn, ORG } from './fixtures';

const DAY = '2026-11-30';
const cellOf = (cells: StatsCell[], dimension: string, key: string) => cells.find((c) => c.dimension === dimension && c.key === key);

describe('complaintFacts', () => {
  it('puts a complaint on the organization day of its receipt, in one group per dimension', () => {
    const facts = complaintFacts({ ...complaintOn(DAY, { category: 'Billing' }), product: undefined, region: 'Shanghai' });

    expect(facts).toMatchObject({ organizationId: ORG, day: DAY });
    expect(facts.groups).toMatchObject({ ALL: ORG, CATEGORY: 'Billing', PRODUCT: NONE_KEY, REGION: 'Shanghai', OUTCOME: 'OPEN' });
    expect(Object.keys(facts.groups).sort()).toEqual([...DIMENSIONS].sort());
  });

  it('counts a rating, its sum, its value and whether the complainant said it was resolved', () => {
    const { counters } = complaintFacts(complaintOn(DAY, { resolvedAfterHours: 30, rating: 4, saidResolved: true }));

    expect(counters).toMatchObject({ rated: 1, ratingSum: 4, rating4: 1, saidResolved: 1 });
    expect(counters.rating5).toBeUndefined();
  });

  it('counts the clocks that were met and those that were breached, by source', () => {
    const { counters } = complaintFacts(complaintOn(DAY, { clocks: [['SLA', 'MET'], ['SLA', 'BREACHED'], ['CN', 'MET']] }));

    expect(counters).toMatchObject({ clockSLAMet: 1, clockSLABreached: 1, clockCNMet: 1 });
    expect(counters.clockCNBreached).toBeUndefined();
  });

  it('puts each duration in the bucket of its upper bound in hours, and anything longer in the last bucket', () => {
    expect(bucketOf(3600)).toBe(0);
    expect(bucketOf(3601)).toBe(1);
    expect(bucketOf(DURATION_BUCKET_HOURS[DURATION_BUCKET_HOURS.length - 1] * 3600 + 1)).toBe(DURATION_BUCKET_HOURS.length);

    const { counters } = complaintFacts(complaintOn(DAY, { firstResponseAfterHours: 0.5, acceptedAfterHours: 5, resolvedAfterHours: 100 }));
    expect(counters).toMatchObject({ firstResponseN: 1, firstResponseSeconds: 1800, firstResponseB0: 1 });
    expect(counters).toMatchObject({ acceptanceN: 1, acceptanceSeconds: 18_000, acceptanceB2: 1 });
    expect(counters).toMatchObject({ resolutionN: 1, resolutionSeconds: 360_000, resolutionB5: 1 });
  });
});

describe('factsDelta', () => {
  it('counts a new complaint once under each dimension', () => {
    const cells = factsDelta(null, complaintFacts(complaintOn(DAY)));

    expect(cells.map((c) => c.dimension).sort()).toEqual([...DIMENSIONS].sort());
    for (const cell of cells) expect([cell.dimension, cell.day, cell.counters.received]).toEqual([cell.dimension, DAY, 1]);
  });

  it('moves a resolved complaint from the OPEN group to its outcome, and adds the resolution to the groups it stays in', () => {
    const open = complaintOn(DAY, { acceptedAfterHours: 2, category: 'Billing' });
    // Received at the same instant, so its resolution is 50 hours after this one's receipt.
    const resolved = { ...open, status: 'RESOLVED' as const, finalResponse: complaintOn(DAY, { resolvedAfterHours: 50 }).finalResponse };

    const cells = factsDelta(complaintFacts(open), complaintFacts(resolved));

    expect(cellOf(cells, 'OUTCOME', 'OPEN')?.counters).toEqual({ received: -1, accepted: -1, acceptanceN: -1, acceptanceSeconds: -7200, acceptanceB1: -1 });
    expect(cellOf(cells, 'OUTCOME', 'UPHELD')?.counters).toMatchObject({ received: 1, accepted: 1, resolved: 1, resolutionN: 1 });
    expect(cellOf(cells, 'CATEGORY', 'Billing')?.counters).toEqual({ resolved: 1, resolutionN: 1, resolutionSeconds: 180_000, resolutionB4: 1 });
  });

  it('takes a removed complaint out of every group it was counted in', () => {
    const cells = factsDelta(complaintFacts(complaintOn(DAY, { acceptedAfterHours: 1 })), null);

    expect(cells).toHaveLength(DIMENSIONS.length);
    for (const cell of cells) expect(cell.counters).toMatchObject({ received: -1, accepted: -1 });
  });

  it('gives no cells for a change that moves no figure', () => {
    const c = complaintOn(DAY, { acceptedAfterHours: 3 });

    expect(factsDelta(complaintFacts(c), complaintFacts({ ...c, version: c.version + 1, handlerId: 'someone-else' }))).toEqual([]);
  });
});
