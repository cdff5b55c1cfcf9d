import { benjaminiHochberg, rateRatioInterval, testShares } from '../../../functions/core/analytics/rising-share';

describe('Benjamini–Hochberg', () => {
  it('adjusts each p-value by the number tested over its rank, kept in order', () => {
    // As R's p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") gives.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((expected, i) => expect(q[i]).toBeCloseTo(expected, 15));
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('a share tested against the overall change', () => {
  it('expects a group to follow the overall volume: 10 of 100, then 20 of 200, is no rise', () => {
    const [group] = testShares([{ current: 20, previous: 10 }], { current: 200, previous: 100 }, 0.05);
    expect(group).toMatchObject({ expected: 20, excess: 0, rateRatio: 1, tested: true, significant: false });
    expect(group.pValue).toBeGreaterThan(0.4);
  });

  it('gives an exact 95% interval of the rate ratio that holds the estimate', () => {
    const { low, high } = rateRatioInterval({ current: 30, previous: 10 }, { current: 100, previous: 100 });
    // Clopper–Pearson for 30 of 40: (0.5880, 0.8731), as odds.
    expect(low!).toBeCloseTo(0.588 / 0.412, 1);
    expect(high!).toBeCloseTo(0.8731 / 0.1269, 1);
    expect(rateRatioInterval({ current: 8, previous: 0 }, { current: 100, previous: 100 }).high).toBeNull();
  });
});
