import { compareOutcomes, outcomesByRoleAndProgramme } from './compare-outcomes';
import type { Participation, Role } from './inputs';
import { spellsOfEveryone, type PersonStory } from './people.fixtures';

const takesPart = (personId: string, startedOn: string, role: Role = 'mentee', programme = 'C&M'): Participation => ({ personId, role, programme, startedOn });
const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * One trust, two strata in March 2024, followed 12 months (asOf 2025-06-30).
 *
 * Comparison people are those employed on 2024-03-01 who had not taken part, in any role, by the end of March.
 * Stratum A (Nursing, band 5, 2-5 years' service): 6 participants, 16 comparison people: cA1-15 and pLate, who
 * first takes part in August and so is a comparison person for March (stays, still band 5, at 2025-03-01).
 * Stratum B (Nursing, band 6, 5-10 years' service): 4 participants, 5 comparison people.
 * Weights: A 6/16 = 0.375 per comparison person, B 4/5 = 0.8. Sum 16*0.375 + 5*0.8 = 10 (the matched participants).
 * Sum of squares 16*0.140625 + 5*0.64 = 2.25 + 3.2 = 5.45, so Kish effective n = 10^2 / 5.45 = 18.348623853.
 *
 *                 participants A   B    all     comparison A   B     weighted (0.6*A + 0.4*B)
 * retention            5/6       3/4   8/10        10/16     2/5    0.6*0.625 + 0.4*0.4 = 0.535
 * band increase        3/6       1/4   4/10         3/16     0/5    0.6*0.1875 + 0      = 0.1125
 * promotion            2/6       1/4   3/10         3/16     0/5    0.1125
 *
 * Differences 26.5, 28.75 and 18.75 points. Newcombe intervals (Wilson for 8/10 is 0.49016-0.94332; Wilson for
 * 0.535 at n = 18.349 is 0.32133-0.73656): retention 26.5 - sqrt((0.8-0.49016)^2 + (0.73656-0.535)^2)*100 =
 * -10.4627, 26.5 + sqrt((0.94332-0.8)^2 + (0.535-0.32133)^2)*100 = 52.2286. Worked the same way for the others
 * (Wilson for 4/10 is 0.16818-0.68733, for 3/10 0.10779-0.60322, for 0.1125 at n = 18.349 0.03199-0.32718): band
 * increase -2.8454 to 58.5894, promotion -10.0651 to 50.1229.
 */
function hospital(): { stories: PersonStory[]; participations: Participation[] } {
  const stratumA = { band: '5', serviceStart: '2021-06-01' };
  const stratumB = { band: '6', jobTitle: 'Senior Staff Nurse', serviceStart: '2015-01-05' };
  const stories: PersonStory[] = [
    { id: 'pA1', ...stratumA, leftOn: '2024-10-01' },
    { id: 'pA2', ...stratumA, moves: [{ on: '2024-09-01', band: '6', jobTitle: 'Senior Staff Nurse' }] },
    { id: 'pA3', ...stratumA, moves: [{ on: '2024-12-01', band: 'Band 6', jobTitle: 'Senior Staff Nurse' }] },
    { id: 'pA4', ...stratumA, moves: [{ on: '2024-11-01', band: '6' }] },
    { id: 'pA5', ...stratumA },
    { id: 'pA6', ...stratumA },
    { id: 'pB1', ...stratumB, leftOn: '2025-01-15' },
    { id: 'pB2', ...stratumB, moves: [{ on: '2024-10-01', band: '7', jobTitle: 'Ward Manager' }] },
    { id: 'pB3', ...stratumB },
    { id: 'pB4', ...stratumB },
    // Band 7 with 10+ years' service: nobody to compare with.
    { id: 'pUnmatched', band: '7', jobTitle: 'Ward Manager', serviceStart: '2010-01-01' },
    { id: 'pLate', ...stratumA },
    { id: 'pBefore', ...stratumA },
    // Comparison A: service starts differ but all fall in the 2-5 year band on 2024-03-01.
    ...range(5).map((i): PersonStory => ({ id: `cA${i}`, band: '5', serviceStart: '2020-04-01', leftOn: `2024-0${i + 3}-15` })),
    // Leaves on its horizon day (2024-03-01 + 12 months): not retained.
    { id: 'cA6', band: '5', serviceStart: '2020-04-01', leftOn: '2025-03-01' },
    ...range(3).map((i): PersonStory => ({ id: `cA${6 + i}`, band: '5', serviceStart: '2021-06-01', moves: [{ on: '2024-09-01', band: '6', jobTitle: 'Senior Staff Nurse' }] })),
    ...range(6).map((i): PersonStory => ({ id: `cA${9 + i}`, band: '5', serviceStart: '2022-02-01' })),
    ...range(3).map((i): PersonStory => ({ id: `cB${i}`, ...stratumB, serviceStart: '2016-02-01', leftOn: `2024-1${i - 1}-01` })),
    ...range(2).map((i): PersonStory => ({ id: `cB${3 + i}`, ...stratumB, serviceStart: '2016-02-01' })),
    // Would match stratum A but: took part (as a coach) before March; works elsewhere; too new.
    { id: 'coachX', ...stratumA },
    { id: 'elsewhere', ...stratumA, organisationId: 'trust-2' },
    { id: 'newStarter', band: '5', serviceStart: '2024-01-01' },
  ];
  const participations = [
    ...['pA1', 'pA2', 'pA3', 'pA4', 'pA5', 'pA6'].map((id, i) => takesPart(id, ['2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25', '2024-03-29', '2024-03-31'][i])),
    ...['pB1', 'pB2', 'pB3', 'pB4'].map((id) => takesPart(id, '2024-03-20', 'coachee', 'Leadership coaching')),
    takesPart('pUnmatched', '2024-03-15'),
    takesPart('pLate', '2024-08-01', 'coachee', 'Leadership coaching'),
    takesPart('pNoRecord', '2024-04-02'),
    takesPart('pBefore', '2023-11-01'),
    takesPart('pBefore', '2024-03-05', 'coachee', 'C&M'),
    takesPart('coachX', '2024-02-20', 'coach', 'C&M'),
  ];
  return { stories, participations };
}

function compareHospital(extra: { role?: Role; programme?: string } = {}) {
  const { stories, participations } = hospital();
  return compareOutcomes({
    spells: spellsOfEveryone(stories),
    participations,
    cohortFrom: '2024-03-01',
    cohortTo: '2024-08-31',
    horizonMonths: 12,
    asOf: '2025-06-30',
    ...extra,
  });
}

describe('compareOutcomes: two strata worked by hand', () => {
  const result = compareHospital();

  it('accounts for every participant who started in the window', () => {
    expect(result).toMatchObject({
      participants: 13,
      notYetObservable: 1,
      notEmployedAtIndex: 1,
      matchedParticipants: 10,
      unmatchedParticipants: 1,
      comparisonPeople: 21,
      matchedStrata: 2,
    });
  });

  it('weights the comparison people to the participants stratum mix', () => {
    expect(result.retention.comparison.weightedN).toBeCloseTo(10, 10);
    expect(result.retention.comparison.observations).toBe(21);
    expect(result.retention.comparison.effectiveN).toBeCloseTo(100 / 5.45, 10);
  });

  it('gives retention 80% against a standardised 53.5%, 26.5 points (-10.5 to 52.2)', () => {
    expect(result.retention.participants).toEqual({ n: 10, events: 8, rate: 0.8 });
    expect(result.retention.comparison.rate).toBeCloseTo(0.535, 10);
    expect(result.retention.difference).toBeCloseTo(26.5, 8);
    expect(result.retention.differenceLow).toBeCloseTo(-10.4627, 3);
    expect(result.retention.differenceHigh).toBeCloseTo(52.2286, 3);
  });

  it('gives band increase 40% against 11.25%, 28.75 points (-2.8 to 58.6)', () => {
    expect(result.bandIncrease.participants).toEqual({ n: 10, events: 4, rate: 0.4 });
    expect(result.bandIncrease.comparison.rate).toBeCloseTo(0.1125, 10);
    expect(result.bandIncrease.difference).toBeCloseTo(28.75, 8);
    expect(result.bandIncrease.differenceLow).toBeCloseTo(-2.8454, 3);
    expect(result.bandIncrease.differenceHigh).toBeCloseTo(58.5894, 3);
  });

  it('counts a higher band under the same job title as a band increase but not a promotion', () => {
    expect(result.promotion.participants).toEqual({ n: 10, events: 3, rate: 0.3 });
    expect(result.promotion.comparison.rate).toBeCloseTo(0.1125, 10);
    expect(result.promotion.difference).toBeCloseTo(18.75, 8);
    expect(result.promotion.differenceLow).toBeCloseTo(-10.0651, 3);
    expect(result.promotion.differenceHigh).toBeCloseTo(50.1229, 3);
  });

  it('filters participants by role and programme, still drawing comparison people from those who had not taken part in any role', () => {
    // Leadership coaching coachees (pBefore is a C&M coachee): pB1-4 (matched, 3/4 retained) and pLate (not yet observable).
    // Only stratum B is matched, and its comparison people are the same as unfiltered: cB1-5, 2/5 retained,
    // weights 4/5 each: weighted n 4, effective n 16 / (5 * 0.64) = 5. Newcombe for 0.75 (n 4) - 0.4 (n 5): -23.16 to 69.86.
    const coachees = compareHospital({ role: 'coachee', programme: 'Leadership coaching' });
    expect(coachees).toMatchObject({
      participants: 5,
      notYetObservable: 1,
      matchedParticipants: 4,
      comparisonPeople: 5,
      role: 'coachee',
      programme: 'Leadership coaching',
    });
    expect(coachees.retention.comparison.effectiveN).toBeCloseTo(5, 10);
    expect(coachees.retention.difference).toBeCloseTo(35, 8);
    expect(coachees.retention.differenceLow).toBeCloseTo(-23.1625, 3);
    expect(coachees.retention.differenceHigh).toBeCloseTo(69.8601, 3);
  });
});

describe('outcomesByRoleAndProgramme', () => {
  const { stories, participations } = hospital();
  const result = outcomesByRoleAndProgramme({
    spells: spellsOfEveryone(stories),
    participations,
    cohortFrom: '2024-03-01',
    cohortTo: '2024-08-31',
    horizonMonths: 12,
    asOf: '2025-06-30',
  });

  it('gives one comparison for everyone and one per role and programme started in the window', () => {
    expect(result.all.participants).toBe(13);
    expect(result.byRoleAndProgramme.map((c) => [c.role, c.programme, c.participants])).toEqual([
      // pBefore was a mentee before the window but is a new C&M coachee in it.
      ['coachee', 'C&M', 1],
      ['coachee', 'Leadership coaching', 5],
      // pA1-6, pUnmatched, pNoRecord; pBefore's first mentee start is before the window.
      ['mentee', 'C&M', 8],
    ]);
  });
});

describe('compareOutcomes: comparison people are those who had not yet taken part in the index month', () => {
  // All band 5 with six years' service (5-10 years) on every index day, one stratum per index month, followed 6
  // months. pMar takes part 2024-03-12 and pJun 2024-06-12, both stay; mayStarter takes part 2024-05-20 and leaves
  // 2024-07-01; stayer never takes part.
  const stories: PersonStory[] = ['pMar', 'pJun', 'mayStarter', 'stayer'].map((id) => ({
    id,
    band: '5',
    serviceStart: '2018-01-01',
    ...(id === 'mayStarter' ? { leftOn: '2024-07-01' } : {}),
  }));
  const cohort = (cohortFrom: string, cohortTo: string) =>
    compareOutcomes({
      spells: spellsOfEveryone(stories),
      participations: [takesPart('pMar', '2024-03-12'), takesPart('mayStarter', '2024-05-20'), takesPart('pJun', '2024-06-12')],
      cohortFrom,
      cohortTo,
      horizonMonths: 6,
      asOf: '2025-01-31',
    });

  it('counts someone who takes part in May as a comparison person for March', () => {
    // March index day 2024-03-01, horizon 2024-09-01. mayStarter and pJun had not taken part by the end of March:
    // comparison is mayStarter (left 2024-07-01, not retained), pJun and stayer (retained), 2/3, weight 1/3 each.
    // pMar took part in March, so is the participant and not also its own comparison. Participant pMar 1/1:
    // difference 100 - 66.67 = 33.33 points.
    const march = cohort('2024-03-01', '2024-03-31');
    expect(march).toMatchObject({ participants: 1, matchedParticipants: 1, comparisonPeople: 3 });
    expect(march.retention.comparison.observations).toBe(3);
    expect(march.retention.comparison.rate).toBeCloseTo(2 / 3, 10);
    expect(march.retention.difference).toBeCloseTo(100 / 3, 8);
  });

  it('does not count them as a comparison person for June, though still employed on 1 June', () => {
    // June index day 2024-06-01, horizon 2024-12-01. mayStarter (took part 2024-05-20) and pMar are out; stayer
    // alone is the comparison, retained: 1/1, against pJun 1/1, no difference. Counting mayStarter would give 1/2.
    const june = cohort('2024-06-01', '2024-06-30');
    expect(june).toMatchObject({ participants: 1, matchedParticipants: 1, comparisonPeople: 1 });
    expect(june.retention.comparison).toMatchObject({ people: 1, observations: 1, rate: 1 });
    expect(june.retention.difference).toBe(0);
  });
});

describe('compareOutcomes: edge cases', () => {
  const stayer = (id: string): PersonStory => ({ id, band: '5', serviceStart: '2020-01-01' });

  it('does not count someone leaving on the horizon day as retained, with 31 August + 6 months = 29 February', () => {
    const stories: PersonStory[] = [
      { ...stayer('leavesOnHorizon'), leftOn: '2024-02-29' },
      { ...stayer('leavesDayAfter'), leftOn: '2024-03-01' },
      stayer('comparison'),
    ];
    const input = {
      spells: spellsOfEveryone(stories),
      participations: [takesPart('leavesOnHorizon', '2023-08-31'), takesPart('leavesDayAfter', '2023-08-31')],
      cohortFrom: '2023-08-01',
      cohortTo: '2023-08-31',
      horizonMonths: 6 as const,
    };
    const observable = compareOutcomes({ ...input, asOf: '2024-02-29' });
    expect(observable.retention.participants).toEqual({ n: 2, events: 1, rate: 0.5 });

    const dayTooEarly = compareOutcomes({ ...input, asOf: '2024-02-28' });
    expect(dayTooEarly).toMatchObject({ participants: 2, notYetObservable: 2, matchedParticipants: 0 });
    expect(dayTooEarly.retention).toMatchObject({ participants: { n: 0, events: 0, rate: null }, difference: null, differenceLow: null });
  });

  it('counts leaving and returning (retire and return) as not retained', () => {
    const spells = spellsOfEveryone([{ ...stayer('returner'), leftOn: '2024-06-01' }, stayer('comparison')]);
    spells.push({ ...spells[0], from: '2024-06-01', to: null, left: false });
    const result = compareOutcomes({
      spells,
      participations: [takesPart('returner', '2024-02-10')],
      cohortFrom: '2024-01-01',
      cohortTo: '2024-12-31',
      horizonMonths: 12,
      asOf: '2025-12-31',
    });
    expect(result.retention.participants.events).toBe(0);
    expect(result.retention.comparison.rate).toBe(1);
  });

  it('reports a stratum without comparison people as unmatched and leaves it out of every difference', () => {
    const result = compareOutcomes({
      spells: spellsOfEveryone([stayer('alone'), { ...stayer('otherBand'), band: '6' }]),
      participations: [takesPart('alone', '2024-02-10')],
      cohortFrom: '2024-01-01',
      cohortTo: '2024-12-31',
      horizonMonths: 6,
      asOf: '2025-12-31',
    });
    expect(result).toMatchObject({ matchedParticipants: 0, unmatchedParticipants: 1, comparisonPeople: 0 });
    expect(result.retention).toMatchObject({ participants: { n: 0 }, comparison: { people: 0, rate: null }, difference: null });
  });

  it('leaves bands off the Agenda for Change ladder out of progression, counting them, but keeps them for retention', () => {
    // Stratum medical: consultant participant and comparison, both stay. Stratum 8d ("Band 8d", "8D" and
    // "AfC Band 8 - Range D" are one band): pV moves to "Very Senior Manager" (not comparable), pW stays on 8d;
    // comparison cV stays, cV2 goes to band 9. Band increase: participants pW only, 0/1; comparison 1/2 at
    // weight 1/2 each, 50%; difference -50 points, weighted n 1.
    const stories: PersonStory[] = [
      { id: 'pM', band: 'Consultant', staffGroup: 'Medical and Dental', serviceStart: '2012-01-01' },
      { id: 'cM', band: 'Consultant', staffGroup: 'Medical and Dental', serviceStart: '2013-01-01' },
      { id: 'pV', band: 'Band 8d', serviceStart: '2016-01-01', moves: [{ on: '2024-05-01', band: 'Very Senior Manager', jobTitle: 'Director' }] },
      { id: 'pW', band: '8d', serviceStart: '2016-01-01' },
      { id: 'cV', band: '8D', serviceStart: '2017-01-01' },
      { id: 'cV2', band: 'AfC Band 8 - Range D', serviceStart: '2017-01-01', moves: [{ on: '2024-04-01', band: '9', jobTitle: 'Chief Nurse' }] },
    ];
    const result = compareOutcomes({
      spells: spellsOfEveryone(stories),
      participations: ['pM', 'pV', 'pW'].map((id) => takesPart(id, '2024-01-10')),
      cohortFrom: '2024-01-01',
      cohortTo: '2024-01-31',
      horizonMonths: 6,
      asOf: '2024-12-31',
    });
    expect(result).toMatchObject({ matchedParticipants: 3, unmatchedParticipants: 0, matchedStrata: 2 });
    expect(result.retention.participants).toEqual({ n: 3, events: 3, rate: 1 });
    expect(result.bandIncrease).toMatchObject({
      participants: { n: 1, events: 0, rate: 0 },
      comparison: { people: 2, observations: 2, weightedN: 1, rate: 0.5 },
      difference: -50,
      notComparable: { participants: 2, comparisonObservations: 1 },
      excludedParticipants: 2,
    });
  });

  it('counts a comparison person once in the effective size when they match in two index months', () => {
    // March and April strata, one participant each; c1 and c2 are candidates in both (4 person-months, weight
    // 1/2 each). p2 is on band 4 until April, so is in no March stratum as a person who had not yet taken part. c2 leaves 2024-09-15: retained at 2024-09-01, not at 2024-10-01. Comparison rate
    // (0.5 * 2 + 0.5 * 1) / 2 = 0.75. Person weights 1 and 1: effective n 2^2 / 2 = 2 (person-months would say 4).
    // Newcombe for 2/2 - 0.75 at n 2: -44.45 to 80.21.
    const people: PersonStory[] = [
      { id: 'p1', band: '5', serviceStart: '2018-01-01' },
      { id: 'p2', band: '4', serviceStart: '2018-01-01', moves: [{ on: '2024-04-01', band: '5' }] },
      { id: 'c1', band: '5', serviceStart: '2018-01-01' },
      { id: 'c2', band: '5', serviceStart: '2018-01-01', leftOn: '2024-09-15' },
    ];
    const result = compareOutcomes({
      spells: spellsOfEveryone(people),
      participations: [takesPart('p1', '2024-03-05'), takesPart('p2', '2024-04-05')],
      cohortFrom: '2024-03-01',
      cohortTo: '2024-04-30',
      horizonMonths: 6,
      asOf: '2025-01-31',
    });
    expect(result.retention.comparison).toMatchObject({ people: 2, observations: 4, weightedN: 2, effectiveN: 2, rate: 0.75 });
    expect(result.retention.difference).toBeCloseTo(25, 8);
    expect(result.retention.differenceLow).toBeCloseTo(-44.4505, 3);
    expect(result.retention.differenceHigh).toBeCloseTo(80.2133, 3);
  });

  it('places someone holding two posts in the organisation where they have served longest', () => {
    const stories: PersonStory[] = [
      { id: 'twoPosts', band: '5', serviceStart: '2015-01-01' },
      { id: 'twoPosts', band: '3', organisationId: 'bank', serviceStart: '2023-01-01' },
      { id: 'comparison', band: '5', serviceStart: '2016-01-01' },
    ];
    const result = compareOutcomes({
      spells: spellsOfEveryone(stories),
      participations: [takesPart('twoPosts', '2024-02-10')],
      cohortFrom: '2024-01-01',
      cohortTo: '2024-12-31',
      horizonMonths: 6,
      asOf: '2025-12-31',
    });
    expect(result).toMatchObject({ matchedParticipants: 1, comparisonPeople: 1 });
  });

  it('rejects a date that is not a day', () => {
    expect(() =>
      compareOutcomes({ spells: [], participations: [], cohortFrom: '2024-02-30', cohortTo: '2024-12-31', horizonMonths: 6, asOf: '2025-01-01' }),
    ).toThrow(/cohortFrom/);
  });
});
