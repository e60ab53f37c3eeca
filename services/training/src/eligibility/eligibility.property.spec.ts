import fc from 'fast-check';
import { APPROVAL_FOR_ROLE, APPROVAL_KINDS } from '../approvals';
import { PRACTITIONER_ROLES, PROGRAMMES } from '../catalogue';
import { addDays, londonDateOf } from '../common';
import { eligibilityChanges } from './eligibility-changes';
import { eligibilityOf, lapsesOn } from './eligibility';
import type { EligibilityFacts } from './eligibility.types';

const day = fc.integer({ min: 0, max: 2 * 365 }).map((offset) => addDays('2024-01-01', offset));
const qualification = fc.record({ programme: fc.constantFrom(...PROGRAMMES), role: fc.constantFrom(...PRACTITIONER_ROLES) });
const completion = fc.record({
  courseId: fc.constantFrom('course-1', 'course-2', 'course-3'),
  completedOn: day,
  qualifies: fc.array(qualification, { maxLength: 4 }),
  validityMonths: fc.integer({ min: 1, max: 36 }),
});
const approval = fc.record({
  kind: fc.constantFrom(...APPROVAL_KINDS),
  programme: fc.constantFrom(...PROGRAMMES),
  expiresAt: day.map((date) => `${date}T12:00:00.000Z`),
});
const mostly = fc.integer({ min: 0, max: 4 }).map((n) => n > 0);

/**
 * Facts built around one target pair (a completion for it, an approval of the right or a wrong kind, near `asOf`)
 * plus unrelated noise, so that eligible and nearly eligible people both come up often.
 */
const facts: fc.Arbitrary<EligibilityFacts> = fc
  .record({
    asOfDay: day,
    employed: mostly,
    paused: mostly.map((notPaused) => !notPaused),
    target: qualification,
    completedDaysBefore: fc.integer({ min: -30, max: 1100 }),
    validityMonths: fc.integer({ min: 1, max: 36 }),
    rightKind: mostly,
    otherKind: fc.constantFrom(...APPROVAL_KINDS),
    expiresDaysAfter: fc.integer({ min: -60, max: 400 }),
    completions: fc.array(completion, { maxLength: 3 }),
    approvals: fc.array(approval, { maxLength: 3 }),
  })
  .map((drawn) => ({
    personId: 'asha',
    organisationId: 'org-1',
    asOf: new Date(`${drawn.asOfDay}T10:00:00.000Z`),
    employed: drawn.employed,
    paused: drawn.paused,
    completions: [
      ...drawn.completions,
      { courseId: 'course-0', completedOn: addDays(drawn.asOfDay, -drawn.completedDaysBefore), qualifies: [drawn.target], validityMonths: drawn.validityMonths },
    ],
    approvals: [
      ...drawn.approvals,
      {
        kind: drawn.rightKind ? APPROVAL_FOR_ROLE[drawn.target.role] : drawn.otherKind,
        programme: drawn.target.programme,
        expiresAt: `${addDays(drawn.asOfDay, drawn.expiresDaysAfter)}T09:00:00.000Z`,
      },
    ],
  }));

/** The four conditions, restated independently of the implementation. */
function conditionsHold(input: EligibilityFacts, programme: string, role: (typeof PRACTITIONER_ROLES)[number]): boolean {
  const today = londonDateOf(input.asOf);
  const trained = input.completions.some(
    (done) => done.qualifies.some((q) => q.programme === programme && q.role === role) && done.completedOn <= today && today < lapsesOn(done),
  );
  const approved = input.approvals.some(
    (granted) => granted.kind === APPROVAL_FOR_ROLE[role] && granted.programme === programme && input.asOf.getTime() <= Date.parse(granted.expiresAt),
  );
  return trained && approved && !input.paused && input.employed;
}

describe('eligibility properties', () => {
  it('is eligible exactly when trained, approved, not paused and employed, with reasons empty exactly then', () => {
    let eligibleSeen = 0;
    fc.assert(
      fc.property(facts, (input) => {
        for (const entry of eligibilityOf(input).entries) {
          expect(entry.eligible).toBe(conditionsHold(input, entry.programme, entry.role));
          expect(entry.reasons.length === 0).toBe(entry.eligible);
          if (entry.eligible) eligibleSeen += 1;
        }
      }),
      { numRuns: 300 },
    );
    // Guards the generators: a property only about ineligible people would prove little.
    expect(eligibleSeen).toBeGreaterThan(10);
  });

  it('emits nothing when nothing changed', () => {
    fc.assert(
      fc.property(facts, (input) => {
        expect(eligibilityChanges(eligibilityOf(input), eligibilityOf(input))).toEqual([]);
      }),
    );
  });

  it('emits exactly the pairs whose eligibility flipped, each with its new value', () => {
    fc.assert(
      fc.property(facts, facts, (first, second) => {
        const before = eligibilityOf(first);
        const after = eligibilityOf(second);
        const flipped = after.entries.filter((entry, index) => entry.eligible !== before.entries[index].eligible);
        const changes = eligibilityChanges(before, after);
        expect(changes.map((change) => [change.data.programme, change.data.role, change.data.eligible])).toEqual(
          flipped.map((entry) => [entry.programme, entry.role, entry.eligible]),
        );
      }),
    );
  });
});
