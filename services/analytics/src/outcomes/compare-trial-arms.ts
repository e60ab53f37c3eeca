import { addMonths, validDate } from '@tapestry/domain';
import { DomainError } from '@tapestry/eventsourcing';
import type { HorizonMonths } from './compare-outcomes';
import { employmentHistories, spellOn } from './employment';
import { horizonOutcomes, type HorizonOutcomes } from './horizon-outcomes';
import { TRIAL_ARMS, type EmploymentSpell, type TrialArm, type TrialAssignment } from './inputs';
import { newcombeDifferenceInterval } from './proportion-intervals';
import type { ParticipantRate } from './weighted-estimate';

export interface CompareTrialArmsInput {
  spells: readonly EmploymentSpell[];
  /** Every assignment of one trial. */
  assignments: readonly TrialAssignment[];
  horizonMonths: HorizonMonths;
  asOf: string;
}

/** An arm's difference from the no-intervention arm: percentage points with a 95% interval; null when either arm is empty. */
export interface DifferenceFromNone {
  difference: number | null;
  low: number | null;
  high: number | null;
}

export interface TrialArmResult {
  arm: TrialArm;
  /** People assigned to the arm (first assignment per person). */
  assigned: number;
  notYetObservable: number;
  notEmployedAtAssignment: number;
  retention: ParticipantRate;
  /** Leaves out people whose band at assignment or horizon is off the Agenda for Change ladder (`notComparable`). */
  bandIncrease: ParticipantRate & { notComparable: number };
  /** Null for the 'none' arm itself. */
  retentionDifference: DifferenceFromNone | null;
  bandIncreaseDifference: DifferenceFromNone | null;
}

export interface TrialArmsComparison {
  /** Null when there were no assignments. */
  trialId: string | null;
  horizonMonths: HorizonMonths;
  asOf: string;
  /** Every arm, in the order none, coachbot, coachbot_plus_coach, coach, even when empty. */
  arms: TrialArmResult[];
  /** People assigned more than once; analysed in their first arm (intention to treat). */
  reassignedPeople: number;
}

/**
 * Each arm's retention and band increase `horizonMonths` after assignment (outcomes as in `horizonOutcomes`),
 * and each arm against 'none' with Newcombe's hybrid score interval on the plain proportions (randomisation
 * stands in for matching, so no weights). The interval treats people as assigned one by one: where whole teams
 * were assigned it is too narrow, and an assignment carries no team to correct it with.
 */
export function compareTrialArms(input: CompareTrialArmsInput): TrialArmsComparison {
  validDate(input.asOf, 'asOf');
  const trialIds = new Set(input.assignments.map((assignment) => assignment.trialId));
  if (trialIds.size > 1) {
    throw new DomainError('BAD_USER_INPUT', `Assignments from ${trialIds.size} trials were passed; compare one trial at a time.`, { trialIds: [...trialIds] });
  }
  const histories = employmentHistories(input.spells);
  const { firstAssignments, reassignedPeople } = firstAssignmentPerPerson(input.assignments);

  const tallies = Object.fromEntries(TRIAL_ARMS.map((arm) => [arm, emptyTally()])) as Record<TrialArm, Tally>;
  for (const assignment of firstAssignments) {
    const tally = tallies[assignment.arm];
    tally.assigned += 1;
    const horizon = addMonths(assignment.assignedOn, input.horizonMonths);
    if (horizon > input.asOf) {
      tally.notYetObservable += 1;
      continue;
    }
    const history = histories.get(assignment.personId);
    const spell = spellOn(history, assignment.assignedOn);
    if (!spell) {
      tally.notEmployedAtAssignment += 1;
      continue;
    }
    tally.outcomes.push(horizonOutcomes(history, spell, assignment.assignedOn, horizon));
  }

  const noneRetention = rateOf(tallies.none.outcomes.map((o) => o.retained));
  const noneBandIncrease = rateOf(tallies.none.outcomes.map((o) => o.bandIncrease));
  return {
    trialId: trialIds.size === 1 ? [...trialIds][0] : null,
    horizonMonths: input.horizonMonths,
    asOf: input.asOf,
    reassignedPeople,
    arms: TRIAL_ARMS.map((arm): TrialArmResult => {
      const { outcomes, ...counts } = tallies[arm];
      const { notComparable: _alwaysMeasured, ...retention } = rateOf(outcomes.map((o) => o.retained));
      const bandIncrease = rateOf(outcomes.map((o) => o.bandIncrease));
      return {
        arm,
        ...counts,
        retention,
        bandIncrease,
        retentionDifference: arm === 'none' ? null : differenceFrom(retention, noneRetention),
        bandIncreaseDifference: arm === 'none' ? null : differenceFrom(bandIncrease, noneBandIncrease),
      };
    }),
  };
}

interface Tally {
  assigned: number;
  notYetObservable: number;
  notEmployedAtAssignment: number;
  outcomes: HorizonOutcomes[];
}

function emptyTally(): Tally {
  return { assigned: 0, notYetObservable: 0, notEmployedAtAssignment: 0, outcomes: [] };
}

function firstAssignmentPerPerson(assignments: readonly TrialAssignment[]): { firstAssignments: TrialAssignment[]; reassignedPeople: number } {
  const byPerson = new Map<string, TrialAssignment[]>();
  for (const assignment of assignments) byPerson.set(assignment.personId, [...(byPerson.get(assignment.personId) ?? []), assignment]);
  const firstAssignments: TrialAssignment[] = [];
  let reassignedPeople = 0;
  for (const own of byPerson.values()) {
    own.sort((a, b) => (a.assignedOn < b.assignedOn ? -1 : a.assignedOn > b.assignedOn ? 1 : TRIAL_ARMS.indexOf(a.arm) - TRIAL_ARMS.indexOf(b.arm)));
    firstAssignments.push(own[0]);
    if (own.length > 1) reassignedPeople += 1;
  }
  return { firstAssignments, reassignedPeople };
}

function rateOf(results: ReadonlyArray<boolean | null>): ParticipantRate & { notComparable: number } {
  const measured = results.filter((result): result is boolean => result !== null);
  const events = measured.filter(Boolean).length;
  return { n: measured.length, events, rate: measured.length > 0 ? events / measured.length : null, notComparable: results.length - measured.length };
}

function differenceFrom(arm: ParticipantRate, none: ParticipantRate): DifferenceFromNone {
  if (arm.rate === null || none.rate === null) return { difference: null, low: null, high: null };
  const interval = newcombeDifferenceInterval({ p: arm.rate, n: arm.n }, { p: none.rate, n: none.n });
  return { difference: 100 * (arm.rate - none.rate), low: 100 * interval.low, high: 100 * interval.high };
}
