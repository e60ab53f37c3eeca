import { compareTrialArms } from './compare-trial-arms';
import type { TrialArm, TrialAssignment } from './inputs';
import { spellsOfEveryone, type PersonStory } from './people.fixtures';
import { trialArmFigures } from './trial-arm-figures';

const assign = (personId: string, arm: TrialArm, assignedOn = '2024-01-15'): TrialAssignment => ({ trialId: 'bot-trial-1', arm, personId, assignedOn });
const nurse = (id: string, extra: Partial<PersonStory> = {}): PersonStory => ({ id, band: '5', serviceStart: '2019-01-01', ...extra });

/**
 * Six months from 15 January 2024 (horizon 15 July), asOf 2024-12-31.
 * none: 5 people, n4 and n5 leave (n5 on the horizon day): retained 3/5; n1 goes to band 6: band increase 1/5.
 * coachbot: 4 stay (4/4); b1, b2 go to band 6; b4 is a consultant (not comparable): band increase 2/3.
 * coachbot_plus_coach: nobody. coach: k1 stays (1/1, no increase); k2 assigned 1 September (horizon 2025-03-01,
 * not yet observable); k3 has no employment record.
 * Newcombe intervals (Wilson: 4/4 0.51011-1, 3/5 0.23072-0.88238, 2/3 0.20766-0.93851, 1/5 0.03622-0.62447,
 * 1/1 0.20655-1, 0/1 0-0.79345):
 *   coachbot retention 100 - 60 = 40: 40 - sqrt(0.48989^2 + 0.28238^2)*100 = -16.54, 40 + sqrt(0 + 0.36928^2)*100 = 76.93
 *   coachbot band increase 66.67 - 20 = 46.67: -15.85 to 78.40
 *   coach retention 40: -44.22 to 76.93; coach band increase 0 - 20 = -20: -62.45 to 61.02
 */
function trial() {
  const stories: PersonStory[] = [
    nurse('n1', { moves: [{ on: '2024-04-01', band: '6', jobTitle: 'Senior Staff Nurse' }] }),
    nurse('n2'),
    nurse('n3'),
    nurse('n4', { leftOn: '2024-05-01' }),
    nurse('n5', { leftOn: '2024-07-15' }),
    nurse('b1', { moves: [{ on: '2024-03-01', band: '6' }] }),
    nurse('b2', { moves: [{ on: '2024-06-01', band: '6' }] }),
    nurse('b3'),
    nurse('b4', { band: 'Consultant', staffGroup: 'Medical and Dental' }),
    nurse('k1'),
    nurse('k2'),
  ];
  const assignments = [
    ...['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => assign(id, 'none')),
    ...['b1', 'b2', 'b3', 'b4'].map((id) => assign(id, 'coachbot')),
    assign('k1', 'coach'),
    assign('k2', 'coach', '2024-09-01'),
    assign('k3', 'coach'),
    // Moved to another arm later: analysed where first assigned.
    assign('n1', 'coach', '2024-02-01'),
  ];
  return compareTrialArms({ spells: spellsOfEveryone(stories), assignments, horizonMonths: 6, asOf: '2024-12-31' });
}

describe('compareTrialArms', () => {
  const result = trial();
  const arm = (name: TrialArm) => result.arms.find((a) => a.arm === name);

  it('reports every arm in a fixed order, empty ones included, with people reassigned kept in their first arm', () => {
    expect(result.trialId).toBe('bot-trial-1');
    expect(result.reassignedPeople).toBe(1);
    expect(result.arms.map((a) => [a.arm, a.assigned, a.notYetObservable, a.notEmployedAtAssignment])).toEqual([
      ['none', 5, 0, 0],
      ['coachbot', 4, 0, 0],
      ['coachbot_plus_coach', 0, 0, 0],
      ['coach', 3, 1, 1],
    ]);
  });

  it('gives each arm its rates at the horizon, leaving non-ladder bands out of band increase', () => {
    expect(arm('none')).toMatchObject({ retention: { n: 5, events: 3, rate: 0.6 }, bandIncrease: { n: 5, events: 1, rate: 0.2, notComparable: 0 } });
    expect(arm('coachbot')?.retention).toEqual({ n: 4, events: 4, rate: 1 });
    expect(arm('coachbot')?.bandIncrease).toEqual({ n: 3, events: 2, rate: 2 / 3, notComparable: 1 });
    expect(arm('coachbot_plus_coach')).toMatchObject({ retention: { n: 0, rate: null }, retentionDifference: { difference: null, low: null, high: null } });
  });

  it('compares each arm with no intervention', () => {
    expect(arm('none')?.retentionDifference).toBeNull();
    const coachbot = arm('coachbot');
    expect(coachbot?.retentionDifference?.difference).toBeCloseTo(40, 8);
    expect(coachbot?.retentionDifference?.low).toBeCloseTo(-16.5448, 3);
    expect(coachbot?.retentionDifference?.high).toBeCloseTo(76.9276, 3);
    expect(coachbot?.bandIncreaseDifference?.difference).toBeCloseTo(46.6667, 3);
    expect(coachbot?.bandIncreaseDifference?.low).toBeCloseTo(-15.852, 3);
    expect(coachbot?.bandIncreaseDifference?.high).toBeCloseTo(78.4031, 3);
    const coach = arm('coach');
    expect(coach?.retentionDifference?.low).toBeCloseTo(-44.2201, 3);
    expect(coach?.bandIncreaseDifference?.difference).toBeCloseTo(-20, 8);
    expect(coach?.bandIncreaseDifference?.low).toBeCloseTo(-62.4465, 3);
    expect(coach?.bandIncreaseDifference?.high).toBeCloseTo(61.0177, 3);
  });

  it('publishes counts and rates per arm, and differences over the smaller arm', () => {
    const figures = trialArmFigures(result);
    expect(Object.keys(figures)).toEqual(['none', 'coachbot', 'coachbot_plus_coach', 'coach']);
    expect(figures.none).toEqual({
      assigned: { kind: 'count', value: 5 },
      notYetObservable: { kind: 'count', value: 0 },
      notEmployedAtAssignment: { kind: 'count', value: 0 },
      retention: { kind: 'rate', numerator: 3, base: 5 },
      bandIncrease: { kind: 'rate', numerator: 1, base: 5 },
      bandIncreaseNotComparable: { kind: 'count', value: 0 },
    });
    expect(figures.coachbot.bandIncrease).toEqual({ kind: 'rate', numerator: 2, base: 3 });
    expect(figures.coachbot.retentionDifference).toEqual({ kind: 'statistic', value: expect.closeTo(40, 8), base: 4 });
    expect(figures.coachbot.bandIncreaseDifferenceLow).toEqual({ kind: 'statistic', value: expect.closeTo(-15.852, 3), base: 3 });
    expect(figures.coachbot_plus_coach.retentionDifferenceHigh).toEqual({ kind: 'statistic', value: null, base: 0 });
  });

  it('refuses assignments from more than one trial', () => {
    expect(() =>
      compareTrialArms({ spells: [], assignments: [assign('a', 'none'), { ...assign('b', 'coach'), trialId: 'other' }], horizonMonths: 6, asOf: '2024-12-31' }),
    ).toThrow(/one trial at a time/);
  });
});
