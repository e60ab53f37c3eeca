import type { RawFigure } from '../disclosure/figures';
import type { OutcomeComparison } from './compare-outcomes';
import type { OutcomeEstimate } from './weighted-estimate';

export const OUTCOMES = ['retention', 'bandIncrease', 'promotion'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const count = (value: number): RawFigure => ({ kind: 'count', value });

/**
 * The figures a comparison publishes, named stably:
 * - counts: participants, notYetObservable, notEmployedAtIndex, matchedParticipants, unmatchedParticipants,
 *   comparisonPeople;
 * - per outcome (retention, bandIncrease, promotion): `<outcome>Participants` (rate), `<outcome>Comparison`,
 *   `<outcome>Difference`, `<outcome>DifferenceLow`, `<outcome>DifferenceHigh`, `<outcome>NotComparable`.
 *
 * The comparison rate is a weighted mean with no whole-number numerator, so it is a statistic: a percent over
 * the distinct comparison people behind it, the base disclosure control must judge. Differences and their
 * bounds are percentage points over the smaller group (participants or distinct comparison people).
 */
export function outcomeFigures(comparison: OutcomeComparison): Record<string, RawFigure> {
  const figures: Record<string, RawFigure> = {
    participants: count(comparison.participants),
    notYetObservable: count(comparison.notYetObservable),
    notEmployedAtIndex: count(comparison.notEmployedAtIndex),
    matchedParticipants: count(comparison.matchedParticipants),
    unmatchedParticipants: count(comparison.unmatchedParticipants),
    comparisonPeople: count(comparison.comparisonPeople),
  };
  for (const outcome of OUTCOMES) Object.assign(figures, estimateFigures(outcome, comparison[outcome]));
  return figures;
}

function estimateFigures(outcome: Outcome, estimate: OutcomeEstimate): Record<string, RawFigure> {
  const smallerGroup = Math.min(estimate.participants.n, estimate.comparison.people);
  const statistic = (value: number | null, base: number): RawFigure => ({ kind: 'statistic', value, base });
  return {
    [`${outcome}Participants`]: { kind: 'rate', numerator: estimate.participants.events, base: estimate.participants.n },
    [`${outcome}Comparison`]: statistic(estimate.comparison.rate === null ? null : 100 * estimate.comparison.rate, estimate.comparison.people),
    [`${outcome}Difference`]: statistic(estimate.difference, smallerGroup),
    [`${outcome}DifferenceLow`]: statistic(estimate.differenceLow, smallerGroup),
    [`${outcome}DifferenceHigh`]: statistic(estimate.differenceHigh, smallerGroup),
    [`${outcome}NotComparable`]: count(estimate.notComparable.participants),
  };
}
