import fc from 'fast-check';
import { compareOutcomes } from './compare-outcomes';
import type { Participation } from './inputs';
import { spellsOfEveryone, type PersonStory } from './people.fixtures';

/** A stratum per band: how many participants and comparison people, and how many of each stay. */
interface StratumPlan {
  participants: number;
  participantsRetained: number;
  comparison: number;
  comparisonRetained: number;
}

const BANDS = ['2', '3', '4', '5', '6', '7'];

function scenario(strata: readonly StratumPlan[]) {
  const stories: PersonStory[] = [];
  const participations: Participation[] = [];
  strata.forEach((plan, s) => {
    const person = (id: string, stays: boolean): PersonStory => ({ id, band: BANDS[s], serviceStart: '2019-01-01', ...(stays ? {} : { leftOn: '2024-06-01' }) });
    for (let i = 0; i < plan.participants; i += 1) {
      stories.push(person(`p${s}-${i}`, i < plan.participantsRetained));
      participations.push({ personId: `p${s}-${i}`, role: 'coachee', programme: 'C&M', startedOn: '2024-03-10' });
    }
    for (let i = 0; i < plan.comparison; i += 1) stories.push(person(`c${s}-${i}`, i < plan.comparisonRetained));
  });
  return compareOutcomes({
    spells: spellsOfEveryone(stories),
    participations,
    cohortFrom: '2024-03-01',
    cohortTo: '2024-03-31',
    horizonMonths: 6,
    asOf: '2025-01-01',
  });
}

const anyStratum: fc.Arbitrary<StratumPlan> = fc
  .record({ participants: fc.integer({ min: 1, max: 6 }), comparison: fc.integer({ min: 0, max: 8 }) })
  .chain(({ participants, comparison }) =>
    fc.record({
      participants: fc.constant(participants),
      participantsRetained: fc.integer({ min: 0, max: participants }),
      comparison: fc.constant(comparison),
      comparisonRetained: fc.integer({ min: 0, max: comparison }),
    }),
  );

/** Comparison people are `times` copies of the participants' outcomes, so each stratum's rates are equal. */
const mirroredStratum: fc.Arbitrary<StratumPlan> = fc
  .record({ participants: fc.integer({ min: 1, max: 5 }), times: fc.integer({ min: 1, max: 4 }) })
  .chain(({ participants, times }) =>
    fc.integer({ min: 0, max: participants }).map((retained) => ({
      participants,
      participantsRetained: retained,
      comparison: participants * times,
      comparisonRetained: retained * times,
    })),
  );

describe('compareOutcomes properties', () => {
  it('finds no difference, and an interval around 0, when each stratum has the same retention in both groups', () => {
    fc.assert(
      fc.property(fc.array(mirroredStratum, { minLength: 1, maxLength: BANDS.length }), (strata) => {
        const { retention } = scenario(strata);
        expect(Math.abs(retention.difference ?? Number.NaN)).toBeLessThan(1e-9);
        expect(retention.differenceLow).toBeLessThanOrEqual(0);
        expect(retention.differenceHigh).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('weights sum to the matched participants and give the comparison rates in the participants stratum mix', () => {
    fc.assert(
      fc.property(fc.array(anyStratum, { minLength: 1, maxLength: BANDS.length }), (strata) => {
        const result = scenario(strata);
        const matched = strata.filter((plan) => plan.comparison > 0);
        const matchedParticipants = matched.reduce((sum, plan) => sum + plan.participants, 0);
        expect(result.matchedParticipants).toBe(matchedParticipants);
        expect(result.matchedParticipants + result.unmatchedParticipants).toBe(result.participants);
        expect(result.retention.comparison.weightedN).toBeCloseTo(matchedParticipants, 9);
        if (matchedParticipants === 0) {
          expect(result.retention.comparison.rate).toBeNull();
          return;
        }
        // Direct standardisation: each stratum's comparison rate, weighted by its share of matched participants.
        const standardised = matched.reduce((sum, plan) => sum + (plan.participants / matchedParticipants) * (plan.comparisonRetained / plan.comparison), 0);
        expect(result.retention.comparison.rate).toBeCloseTo(standardised, 9);
        expect(result.retention.participants.events).toBe(matched.reduce((sum, plan) => sum + plan.participantsRetained, 0));
        expect(result.retention.comparison.effectiveN).toBeLessThanOrEqual(result.retention.comparison.people + 1e-9);
      }),
    );
  });
});
