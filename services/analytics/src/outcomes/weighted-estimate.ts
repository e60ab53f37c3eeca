import { newcombeDifferenceInterval } from './proportion-intervals';

/** One outcome in one matching stratum: the participants' results and the comparison people's, null where not measurable. */
export interface StratumOutcomes {
  participants: ReadonlyArray<boolean | null>;
  comparison: ReadonlyArray<{ personId: string; event: boolean | null }>;
}

export interface ParticipantRate {
  n: number;
  events: number;
  /** events / n, a proportion (0-1); null when n is 0. */
  rate: number | null;
}

export interface ComparisonRate {
  /** Distinct people behind the rate. */
  people: number;
  /** Person-months: one person can be a candidate in several index months. */
  observations: number;
  /** Sum of the matching weights: the number of participants in the estimate. */
  weightedN: number;
  /** Kish effective sample size, counting each person once with their summed weight. */
  effectiveN: number;
  /** Weighted proportion (0-1), standardised to the participants' stratum mix; null when nobody is in it. */
  rate: number | null;
}

export interface OutcomeEstimate {
  participants: ParticipantRate;
  comparison: ComparisonRate;
  /** Participants − comparison in percentage points, with its 95% interval; null when either side is empty. */
  difference: number | null;
  differenceLow: number | null;
  differenceHigh: number | null;
  /** Results not measurable (band off the Agenda for Change ladder), left out. */
  notComparable: { participants: number; comparisonObservations: number };
  /** Matched participants not in this estimate: not comparable, or their stratum had no measurable comparison person. */
  excludedParticipants: number;
}

/**
 * Coarsened exact matching estimate. Within each stratum every comparison observation weighs
 * (participants in stratum) / (comparison observations in stratum), so the weights sum to the participants and
 * the weighted comparison rate is the comparison rates standardised to the participants' stratum mix (the
 * effect on the participants). Weights are worked out per outcome, after dropping results that are not
 * measurable, so a stratum that loses its comparison people for one outcome drops its participants from it too.
 *
 * The effective sample size sums each person's weights first: a person who is a candidate in several index
 * months is treated as one cluster whose results move together. That is conservative (wider intervals) and
 * equals the usual Kish formula when every person appears once.
 */
export function weightedEstimate(strata: readonly StratumOutcomes[]): OutcomeEstimate {
  let n = 0;
  let events = 0;
  let weightSum = 0;
  let weightedEvents = 0;
  let observations = 0;
  let excludedParticipants = 0;
  const notComparable = { participants: 0, comparisonObservations: 0 };
  const personWeights = new Map<string, number>();

  for (const stratum of strata) {
    const participants = stratum.participants.filter((event): event is boolean => event !== null);
    const comparison = stratum.comparison.filter((row): row is { personId: string; event: boolean } => row.event !== null);
    notComparable.participants += stratum.participants.length - participants.length;
    notComparable.comparisonObservations += stratum.comparison.length - comparison.length;
    if (participants.length === 0 || comparison.length === 0) {
      excludedParticipants += stratum.participants.length;
      continue;
    }
    excludedParticipants += stratum.participants.length - participants.length;
    n += participants.length;
    events += participants.filter(Boolean).length;
    const weight = participants.length / comparison.length;
    weightSum += participants.length;
    weightedEvents += weight * comparison.filter((row) => row.event).length;
    observations += comparison.length;
    for (const row of comparison) personWeights.set(row.personId, (personWeights.get(row.personId) ?? 0) + weight);
  }

  let squaredPersonWeights = 0;
  for (const weight of personWeights.values()) squaredPersonWeights += weight * weight;
  const effectiveN = squaredPersonWeights > 0 ? (weightSum * weightSum) / squaredPersonWeights : 0;
  const participantRate = n > 0 ? events / n : null;
  const comparisonRate = weightSum > 0 ? weightedEvents / weightSum : null;

  let difference: number | null = null;
  let differenceLow: number | null = null;
  let differenceHigh: number | null = null;
  if (participantRate !== null && comparisonRate !== null) {
    const interval = newcombeDifferenceInterval({ p: participantRate, n }, { p: comparisonRate, n: effectiveN });
    difference = 100 * (participantRate - comparisonRate);
    differenceLow = 100 * interval.low;
    differenceHigh = 100 * interval.high;
  }

  return {
    participants: { n, events, rate: participantRate },
    comparison: { people: personWeights.size, observations, weightedN: weightSum, effectiveN, rate: comparisonRate },
    difference,
    differenceLow,
    differenceHigh,
    notComparable,
    excludedParticipants,
  };
}
