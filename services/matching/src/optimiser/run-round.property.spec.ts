import fc from 'fast-check';
import { hardRuleBroken } from './hard-rules';
import { prepareRound } from './prepare-round';
import { coach, person, request, roundInput, weeksBefore } from './round.fixtures';
import { buildRuleContext } from './rule-context';
import type { OpenRequest, PoolCoach, RoundInput, ShiftPattern } from './round.types';
import { SHIFT_PATTERNS } from './round.types';
import { runRound } from './run-round';

const PEOPLE = Array.from({ length: 12 }, (_, index) => `p${index}`);
const ORGS = ['org-a', 'org-b', 'org-c'];
const SITES = ['site-1', 'site-2', 'site-3'];
const TAGS = ['led an interview panel', 'returned from maternity leave', 'managed a ward budget', 'worked nights for years'];
const GENDERS = ['woman', 'man', 'non-binary'];

const personIdArb = fc.constantFrom(...PEOPLE);
/** `usual` three times in four, anything from `other` otherwise: restrictive options stay present but not dominant. */
const mostly = <T>(usual: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 3 }, { arbitrary: other, weight: 1 });
const managerArb = fc.option(personIdArb, { nil: null });

const personFactsArb = fc.record({
  organisationId: mostly('org-a', fc.constantFrom(...ORGS)),
  siteId: fc.option(fc.constantFrom(...SITES), { nil: null }),
  directorateId: fc.option(fc.constantFrom('dir-1', 'dir-2'), { nil: null }),
  staffGroup: fc.constantFrom('nursing', 'medical', 'admin'),
  shiftPattern: fc.constantFrom<ShiftPattern>(...SHIFT_PATTERNS),
});

const coachArb = fc.record({
  facts: personFactsArb,
  kinds: mostly<Array<'coaching' | 'mentoring'>>(['coaching', 'mentoring'], fc.subarray(['coaching', 'mentoring'] as const)),
  capacity: mostly(2, fc.integer({ min: 0, max: 3 })),
  activeRelationships: mostly(0, fc.integer({ min: 0, max: 3 })),
  siteIds: fc.subarray(SITES),
  formats: mostly<Array<'in_person' | 'remote'>>(['in_person', 'remote'], fc.subarray(['in_person', 'remote'] as const)),
  tags: fc.subarray(TAGS),
  gender: fc.option(fc.constantFrom(...GENDERS), { nil: null }),
  // Mostly available, so that most rounds have something to match.
  paused: fc.constantFrom(false, false, false, true),
  unresponsive: fc.constantFrom(false, false, false, true),
});

const requestArb = fc.record({
  requester: personIdArb,
  facts: personFactsArb,
  kind: fc.constantFrom<'coaching' | 'mentoring'>('coaching', 'mentoring'),
  topics: fc.subarray(TAGS),
  weeksWaiting: fc.integer({ min: 0, max: 20 }),
  site: mostly<'same' | 'any'>('any', fc.constant('same')),
  format: mostly<'in_person' | 'remote' | 'either'>('either', fc.constantFrom('in_person', 'remote')),
  shiftCompatible: fc.boolean(),
  outsideDirectorate: fc.boolean(),
  outsideStaffGroup: fc.boolean(),
  outsideOrganisation: fc.boolean(),
  notSameTeam: fc.boolean(),
  gender: mostly<string | null>(null, fc.constantFrom(...GENDERS)),
});

const pairArb = fc.tuple(personIdArb, personIdArb);

const roundArb = fc
  .record({
    managers: fc.array(mostly(null, managerArb), { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
    coaches: fc.uniqueArray(fc.tuple(personIdArb, coachArb), { selector: ([id]) => id, maxLength: 6 }),
    requests: fc.array(requestArb, { maxLength: 7 }),
    sharing: fc.subarray([
      ['org-a', 'org-b'],
      ['org-b', 'org-c'],
    ] as Array<[string, string]>),
    declined: fc.array(pairArb, { maxLength: 6 }),
    pins: fc.array(fc.tuple(fc.nat(), personIdArb), { maxLength: 3 }),
    exclusions: fc.array(fc.tuple(fc.nat(), personIdArb), { maxLength: 3 }),
  })
  .map((drawn): RoundInput => {
    const lineManagers = Object.fromEntries(PEOPLE.map((id, index) => [id, drawn.managers[index]]));
    const coaches: PoolCoach[] = drawn.coaches.map(([id, c]) =>
      coach(id, {
        person: person(id, { ...c.facts, lineManagerId: lineManagers[id] }),
        eligibility: c.kinds.map((kind) => ({ programme: 'GENERAL' as const, kind })),
        capacity: c.capacity,
        activeRelationships: c.activeRelationships,
        siteIds: c.siteIds,
        formats: [...c.formats],
        tags: c.tags,
        gender: c.gender,
        paused: c.paused,
        unresponsive: c.unresponsive,
      }),
    );
    const requests: OpenRequest[] = drawn.requests.map((r, index) =>
      request(`r${index}`, {
        requester: { ...r.facts, personId: r.requester, lineManagerId: lineManagers[r.requester] },
        kind: r.kind,
        topics: r.topics,
        requestedAt: weeksBefore(r.weeksWaiting),
        preferences: {
          site: r.site,
          format: r.format,
          shiftCompatible: r.shiftCompatible,
          outsideDirectorate: r.outsideDirectorate,
          outsideStaffGroup: r.outsideStaffGroup,
          outsideOrganisation: r.outsideOrganisation,
          notSameTeam: r.notSameTeam,
          gender: r.gender,
        },
      }),
    );
    const ref = ([index, coachId]: [number, string]) => ({ requestId: `r${requests.length === 0 ? 0 : index % requests.length}`, coachId });
    return roundInput({
      requests,
      coaches,
      lineManagers,
      sharingOrganisations: drawn.sharing,
      declinedPairs: drawn.declined,
      pins: drawn.pins.map(ref),
      exclusions: drawn.exclusions.map(ref),
    });
  });

/** The best total by trying every assignment: small rounds only, as the reference the solver must meet. */
function bruteForceOptimum(input: RoundInput): number {
  const round = prepareRound(input);
  const context = buildRuleContext(input);
  const free = round.coaches.map(({ facts }) => facts.freeSlots);
  const taken = free.map(() => 0);
  let best = 0;
  const visit = (requestIndex: number, total: number): void => {
    if (requestIndex === round.requests.length) {
      best = Math.max(best, total);
      return;
    }
    visit(requestIndex + 1, total);
    const wanting = round.requests[requestIndex];
    round.coaches.forEach((giving, coachIndex) => {
      if (taken[coachIndex] >= free[coachIndex] || hardRuleBroken(wanting.facts.request, giving.facts.coach, context) !== null) return;
      const value = round.scorer.pairValue(wanting, giving) + round.scorer.loadValue(giving, taken[coachIndex]);
      taken[coachIndex]++;
      visit(requestIndex + 1, total + value);
      taken[coachIndex]--;
    });
  };
  visit(0, 0);
  return best;
}

describe('runRound on random rounds', () => {
  it('never breaks a hard rule, never overfills a coach, never gives a request two coaches, and accounts for every pin', async () => {
    let roundsWithProposals = 0;
    await fc.assert(
      fc.asyncProperty(roundArb, async (input) => {
        const result = await runRound(input);
        if (result.proposals.length > 0) roundsWithProposals++;
        const context = buildRuleContext(input);
        const requests = new Map(input.requests.map((r) => [r.requestId, r]));
        const coaches = new Map(input.coaches.map((c) => [c.person.personId, c]));
        const perCoach = new Map<string, number>();
        for (const proposal of result.proposals) {
          const wanting = requests.get(proposal.requestId) as OpenRequest;
          const giving = coaches.get(proposal.coachId) as PoolCoach;
          expect(hardRuleBroken(wanting, giving, context)).toBeNull();
          perCoach.set(proposal.coachId, (perCoach.get(proposal.coachId) ?? 0) + 1);
        }
        for (const [coachId, count] of perCoach) {
          const giving = coaches.get(coachId) as PoolCoach;
          expect(count).toBeLessThanOrEqual(giving.capacity - giving.activeRelationships);
        }
        const matched = result.proposals.map((p) => p.requestId);
        expect(new Set(matched).size).toBe(matched.length);
        expect([...matched, ...result.unmatched.map((u) => u.requestId)].sort()).toEqual([...requests.keys()].sort());
        for (const pin of input.pins) {
          const honoured = result.proposals.some((p) => p.pinned && p.requestId === pin.requestId && p.coachId === pin.coachId);
          const rejected = result.rejectedPins.some((r) => r.requestId === pin.requestId && r.coachId === pin.coachId);
          expect(honoured !== rejected).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Guards the generator: rounds where every pair is forbidden would prove nothing.
    expect(roundsWithProposals).toBeGreaterThan(90);
  });

  it('finds the same total as trying every assignment', async () => {
    await fc.assert(
      fc.asyncProperty(
        roundArb.map((input) => ({ ...input, pins: [] })),
        async (input) => {
          const result = await runRound(input);
          expect(result.totalScore).toBeCloseTo(bruteForceOptimum(input), 3);
        },
      ),
      { numRuns: 150 },
    );
  });
});
