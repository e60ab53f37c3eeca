import fc from 'fast-check';
import { addDays } from '@tapestry/domain';
import { applyMatchingFact, emptyCaseload, type Caseload } from './caseload';
import { availability, COACH, relationshipFacts } from './caseload.fixtures';
import { caseloadView } from './caseload-view';
import { flagsFor, type SupervisionFacts } from './flags';
import { CANCELLATION_REASONS, type MatchingFact } from './matching-facts';

const BASE = '2025-01-01';
const day = (offset: number): string => addDays(BASE, offset);

/** One relationship's life as matching would publish it: facts in the order its stream wrote them. */
const relationshipArb = (index: number): fc.Arbitrary<MatchingFact[]> =>
  fc
    .record({
      introducedAt: fc.integer({ min: 0, max: 400 }),
      outcome: fc.constantFrom('waiting', 'declined', 'active', 'closed'),
      chemistry: fc.boolean(),
      sessions: fc.array(fc.record({ id: fc.integer({ min: 0, max: 5 }), after: fc.integer({ min: 1, max: 200 }) }), { maxLength: 8 }),
      cancellations: fc.array(fc.record({ id: fc.integer({ min: 0, max: 5 }), after: fc.integer({ min: 1, max: 200 }), reason: fc.constantFrom(...CANCELLATION_REASONS) }), {
        maxLength: 5,
      }),
      sixMonthCheck: fc.boolean(),
      extended: fc.boolean(),
      // At-least-once delivery: a fact may arrive twice in a row.
      redeliver: fc.array(fc.nat(), { maxLength: 3 }),
    })
    .map((life) => {
      const facts = relationshipFacts(`rel-${index}`);
      const introducedOn = day(life.introducedAt);
      const script: MatchingFact[] = [facts.introduced(introducedOn, day(life.introducedAt + 7))];
      if (life.chemistry || life.outcome === 'active' || life.outcome === 'closed') script.push(facts.chemistry(day(life.introducedAt + 5)));
      if (life.outcome === 'declined') script.push(facts.declined(day(life.introducedAt + 10)));
      if (life.outcome === 'active' || life.outcome === 'closed') {
        const activeFrom = life.introducedAt + 10;
        script.push(facts.activated(day(activeFrom), day(activeFrom + 182)));
        for (const session of life.sessions) script.push(facts.session(`rel-${index}-s${session.id}`, day(activeFrom + session.after)));
        for (const cancelled of life.cancellations) script.push(facts.cancelled(`rel-${index}-c${cancelled.id}`, day(activeFrom + cancelled.after), cancelled.reason));
        if (life.sixMonthCheck) script.push(facts.sixMonthCheck(day(activeFrom + 182)));
        if (life.extended) script.push(facts.extended(day(activeFrom + 183), day(activeFrom + 273)));
        if (life.outcome === 'closed') script.push(facts.closed(day(activeFrom + 250), life.sessions.length));
      }
      for (const at of life.redeliver) {
        const position = at % script.length;
        script.splice(position + 1, 0, script[position]);
      }
      return script;
    });

const availabilityArb: fc.Arbitrary<MatchingFact[]> = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 90 }), capacity: fc.integer({ min: 0, max: 3 }), paused: fc.boolean() }), { maxLength: 4 })
  .map((changes) => {
    let offset = 0;
    return changes.map(({ gap, capacity, paused }) => availability(day((offset += gap)), capacity, paused));
  });

/** Every relationship's stream and the coach's own stream, each in its own order. */
const streamsArb: fc.Arbitrary<MatchingFact[][]> = fc
  .integer({ min: 1, max: 5 })
  .chain((count) => fc.tuple(availabilityArb, ...Array.from({ length: count }, (_, index) => relationshipArb(index))));

/** Merges streams as a consumer might see them across partitions: any interleaving that keeps each stream's order. */
function interleave(streams: MatchingFact[][], picks: number[]): MatchingFact[] {
  const queues = streams.map((stream) => [...stream]);
  const merged: MatchingFact[] = [];
  for (const pick of picks) {
    const open = queues.filter((queue) => queue.length > 0);
    if (open.length === 0) break;
    merged.push(open[pick % open.length].shift() as MatchingFact);
  }
  return [...merged, ...queues.flat()];
}

const fold = (facts: MatchingFact[]): Caseload => facts.reduce(applyMatchingFact, emptyCaseload(COACH));
const picksArb = fc.array(fc.nat(), { maxLength: 120 });
const todayArb = fc.integer({ min: 0, max: 800 }).map(day);
const supervision: SupervisionFacts = { supervisedSince: BASE, lastSupervisionOn: day(300), latestCheckIn: { recordedOn: day(300), total: 12 } };

describe('caseloads folded from matching’s facts', () => {
  it('are the same for any interleaving that keeps each relationship’s order, and so are views and flags', () => {
    fc.assert(
      fc.property(streamsArb, picksArb, picksArb, todayArb, (streams, first, second, today) => {
        const one = fold(interleave(streams, first));
        const other = fold(interleave(streams, second));
        expect(other).toEqual(one);
        expect(caseloadView(other, today)).toEqual(caseloadView(one, today));
        expect(flagsFor(other, supervision, today)).toEqual(flagsFor(one, supervision, today));
      }),
      { numRuns: 300 },
    );
  });

  it('do not change when every fact is delivered twice', () => {
    fc.assert(
      fc.property(streamsArb, picksArb, (streams, picks) => {
        const facts = interleave(streams, picks);
        expect(fold(facts.flatMap((fact) => [fact, fact]))).toEqual(fold(facts));
      }),
      { numRuns: 200 },
    );
  });

  it('never use a negative number of places, nor more than the introductions held open', () => {
    fc.assert(
      fc.property(streamsArb, picksArb, todayArb, (streams, picks, today) => {
        const view = caseloadView(fold(interleave(streams, picks)), today);
        expect(view.capacityUsed).toBeGreaterThanOrEqual(0);
        expect(view.capacityUsed).toBe(view.active.length + view.waitingIntroductions.length);
        for (const active of view.active) expect(active.sessionsHeld).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
