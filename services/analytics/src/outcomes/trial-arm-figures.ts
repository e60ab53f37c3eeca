import type { RawFigure } from '../disclosure/figures';
import type { DifferenceFromNone, TrialArmResult, TrialArmsComparison } from './compare-trial-arms';
import type { TrialArm } from './inputs';
import type { ParticipantRate } from './weighted-estimate';

/**
 * Per arm: counts `assigned`, `notYetObservable`, `notEmployedAtAssignment`, `bandIncreaseNotComparable`; rates
 * `retention`, `bandIncrease`; and, except for 'none', `retentionDifference`, `retentionDifferenceLow`,
 * `retentionDifferenceHigh` and the same for `bandIncrease`: percentage points over the smaller of the two arms.
 */
export function trialArmFigures(comparison: TrialArmsComparison): Record<TrialArm, Record<string, RawFigure>> {
  const none = comparison.arms.find((arm) => arm.arm === 'none');
  return Object.fromEntries(comparison.arms.map((arm) => [arm.arm, armFigures(arm, none)])) as Record<TrialArm, Record<string, RawFigure>>;
}

function armFigures(arm: TrialArmResult, none: TrialArmResult | undefined): Record<string, RawFigure> {
  const figures: Record<string, RawFigure> = {
    assigned: { kind: 'count', value: arm.assigned },
    notYetObservable: { kind: 'count', value: arm.notYetObservable },
    notEmployedAtAssignment: { kind: 'count', value: arm.notEmployedAtAssignment },
    retention: rate(arm.retention),
    bandIncrease: rate(arm.bandIncrease),
    bandIncreaseNotComparable: { kind: 'count', value: arm.bandIncrease.notComparable },
  };
  if (none && arm.retentionDifference) Object.assign(figures, differenceFigures('retention', arm.retentionDifference, Math.min(arm.retention.n, none.retention.n)));
  if (none && arm.bandIncreaseDifference) {
    Object.assign(figures, differenceFigures('bandIncrease', arm.bandIncreaseDifference, Math.min(arm.bandIncrease.n, none.bandIncrease.n)));
  }
  return figures;
}

function rate(value: ParticipantRate): RawFigure {
  return { kind: 'rate', numerator: value.events, base: value.n };
}

function differenceFigures(outcome: string, difference: DifferenceFromNone, base: number): Record<string, RawFigure> {
  return {
    [`${outcome}Difference`]: { kind: 'statistic', value: difference.difference, base },
    [`${outcome}DifferenceLow`]: { kind: 'statistic', value: difference.low, base },
    [`${outcome}DifferenceHigh`]: { kind: 'statistic', value: difference.high, base },
  };
}
