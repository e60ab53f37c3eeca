import { newcombeDifferenceInterval, wilsonInterval } from './proportion-intervals';

const rounded = (interval: { low: number; high: number }) => [Number(interval.low.toFixed(4)), Number(interval.high.toFixed(4))];

describe('wilsonInterval', () => {
  it('matches the published score interval for 81 of 263 (Newcombe 1998, single proportion, example a)', () => {
    expect(rounded(wilsonInterval(81 / 263, 263))).toEqual([0.2553, 0.3662]);
  });

  it('has width where Wald has none: 0 of 10 still allows up to 27.75%', () => {
    expect(rounded(wilsonInterval(0, 10))).toEqual([0, 0.2775]);
  });
});

describe('newcombeDifferenceInterval (hybrid score, method 10)', () => {
  // Newcombe RG (1998) Interval estimation for the difference between independent proportions, Stat Med 17:873-890, Table II.
  it.each([
    [56, 70, 48, 80, [0.0524, 0.3339]],
    [9, 10, 3, 10, [0.1705, 0.809]],
    [5, 56, 0, 29, [-0.0381, 0.1926]],
    [0, 10, 0, 20, [-0.1611, 0.2775]],
    [0, 10, 0, 10, [-0.2775, 0.2775]],
    [10, 10, 0, 10, [0.6075, 1]],
  ])('%i/%i against %i/%i gives the published interval', (x1, n1, x2, n2, expected) => {
    expect(rounded(newcombeDifferenceInterval({ p: x1 / n1, n: n1 }, { p: x2 / n2, n: n2 }))).toEqual(expected);
  });
});
