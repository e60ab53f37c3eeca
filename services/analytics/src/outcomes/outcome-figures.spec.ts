import type { OutcomeComparison } from './compare-outcomes';
import { outcomeFigures } from './outcome-figures';
import type { OutcomeEstimate } from './weighted-estimate';

const estimate = (over: Partial<OutcomeEstimate>): OutcomeEstimate => ({
  participants: { n: 40, events: 30, rate: 0.75 },
  comparison: { people: 25, observations: 30, weightedN: 40, effectiveN: 21.5, rate: 0.6 },
  difference: 15,
  differenceLow: -4.2,
  differenceHigh: 31.9,
  notComparable: { participants: 0, comparisonObservations: 0 },
  excludedParticipants: 0,
  ...over,
});

const comparison: OutcomeComparison = {
  cohortFrom: '2024-01-01',
  cohortTo: '2024-06-30',
  horizonMonths: 12,
  asOf: '2025-09-30',
  role: null,
  programme: null,
  participants: 52,
  notYetObservable: 6,
  notEmployedAtIndex: 2,
  matchedParticipants: 40,
  unmatchedParticipants: 4,
  comparisonPeople: 25,
  matchedStrata: 9,
  retention: estimate({}),
  bandIncrease: estimate({
    participants: { n: 37, events: 5, rate: 5 / 37 },
    comparison: { people: 30, observations: 33, weightedN: 37, effectiveN: 20, rate: 0.1 },
    notComparable: { participants: 3, comparisonObservations: 2 },
  }),
  promotion: estimate({
    participants: { n: 0, events: 0, rate: null },
    comparison: { people: 0, observations: 0, weightedN: 0, effectiveN: 0, rate: null },
    difference: null,
    differenceLow: null,
    differenceHigh: null,
  }),
};

describe('outcomeFigures', () => {
  const figures = outcomeFigures(comparison);

  it('publishes the head counts as counts', () => {
    expect(figures).toMatchObject({
      participants: { kind: 'count', value: 52 },
      notYetObservable: { kind: 'count', value: 6 },
      notEmployedAtIndex: { kind: 'count', value: 2 },
      matchedParticipants: { kind: 'count', value: 40 },
      unmatchedParticipants: { kind: 'count', value: 4 },
      comparisonPeople: { kind: 'count', value: 25 },
    });
  });

  it('publishes the participants rate as events over participants, the weighted comparison rate as a percent over its people', () => {
    expect(figures.retentionParticipants).toEqual({ kind: 'rate', numerator: 30, base: 40 });
    expect(figures.retentionComparison).toEqual({ kind: 'statistic', value: 60, base: 25 });
    expect(figures.bandIncreaseParticipants).toEqual({ kind: 'rate', numerator: 5, base: 37 });
    expect(figures.bandIncreaseComparison).toEqual({ kind: 'statistic', value: 10, base: 30 });
    expect(figures.bandIncreaseNotComparable).toEqual({ kind: 'count', value: 3 });
  });

  it('publishes the difference and its bounds in points over the smaller group', () => {
    expect(figures.retentionDifference).toEqual({ kind: 'statistic', value: 15, base: 25 });
    expect(figures.retentionDifferenceLow).toEqual({ kind: 'statistic', value: -4.2, base: 25 });
    expect(figures.retentionDifferenceHigh).toEqual({ kind: 'statistic', value: 31.9, base: 25 });
    expect(figures.bandIncreaseDifference).toMatchObject({ base: 30 });
  });

  it('publishes an outcome nobody could be measured on as empty figures rather than leaving names out', () => {
    expect(figures.promotionParticipants).toEqual({ kind: 'rate', numerator: 0, base: 0 });
    expect(figures.promotionComparison).toEqual({ kind: 'statistic', value: null, base: 0 });
    expect(figures.promotionDifferenceLow).toEqual({ kind: 'statistic', value: null, base: 0 });
  });

  it('names the same figures for every comparison', () => {
    const names = ['participants', 'notYetObservable', 'notEmployedAtIndex', 'matchedParticipants', 'unmatchedParticipants', 'comparisonPeople'];
    for (const outcome of ['retention', 'bandIncrease', 'promotion']) {
      for (const suffix of ['Participants', 'Comparison', 'Difference', 'DifferenceLow', 'DifferenceHigh', 'NotComparable']) names.push(`${outcome}${suffix}`);
    }
    expect(Object.keys(figures).sort()).toEqual(names.sort());
  });
});
