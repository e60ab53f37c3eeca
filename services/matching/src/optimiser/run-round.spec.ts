import { coach, request, roundInput, weeksBefore } from './round.fixtures';
import type { RoundInput, RoundResult } from './round.types';
import { runRound } from './run-round';

const pairs = (result: RoundResult): Array<[string, string]> => result.proposals.map((p) => [p.requestId, p.coachId]);

describe('runRound', () => {
  describe('optimising the whole round', () => {
    // First come, first served gives the early request its favourite (X) and leaves the later one, who can only
    // have X, with nobody. The round is worth more with the early request on its second choice.
    const x = coach('x', { capacity: 1, gender: 'woman' });
    const y = coach('y', { capacity: 1, gender: 'man', person: { siteId: 'site-far' } });
    const early = request('early', { requestedAt: weeksBefore(4) });
    const late = request('late', { requestedAt: weeksBefore(2), preferences: { gender: 'woman' } });

    it('finds the assignment first-come-first-served misses', async () => {
      const result = await runRound(roundInput({ requests: [early, late], coaches: [x, y] }));
      expect(pairs(result)).toEqual([
        ['early', 'y'],
        ['late', 'x'],
      ]);
      expect(result.unmatched).toEqual([]);
    });

    it('scores more than the greedy assignment', async () => {
      const optimum = await runRound(roundInput({ requests: [early, late], coaches: [x, y] }));
      const greedy = await runRound(roundInput({ requests: [early, late], coaches: [x, y], pins: [{ requestId: 'early', coachId: 'x' }] }));
      expect(pairs(greedy)).toEqual([['early', 'x']]);
      expect(optimum.totalScore).toBeGreaterThan(greedy.totalScore);
    });
  });

  it('spreads load: an empty coach is preferred to an equally good one who already has someone', async () => {
    const result = await runRound(
      roundInput({ requests: [request('r1')], coaches: [coach('busy', { activeRelationships: 1 }), coach('empty')] }),
    );
    expect(pairs(result)).toEqual([['r1', 'empty']]);
    expect(result.proposals[0].parts.load).toBe(1);
  });

  it('gives two requests to two empty coaches rather than both to one', async () => {
    const result = await runRound(roundInput({ requests: [request('r1'), request('r2')], coaches: [coach('a'), coach('b')] }));
    expect(new Set(result.proposals.map((p) => p.coachId))).toEqual(new Set(['a', 'b']));
  });

  it('never gives a coach more than their free places', async () => {
    const result = await runRound(
      roundInput({ requests: [request('r1'), request('r2'), request('r3')], coaches: [coach('c', { capacity: 2, activeRelationships: 1 })] }),
    );
    expect(result.proposals).toHaveLength(1);
    expect(result.unmatched.map((u) => u.reason)).toEqual([
      'the one mentor who fits is proposed to another request this round',
      'the one mentor who fits is proposed to another request this round',
    ]);
  });

  it('puts the longer-waiting request first when places are short', async () => {
    const result = await runRound(
      roundInput({
        requests: [request('new', { requestedAt: weeksBefore(1) }), request('old', { requestedAt: weeksBefore(10) })],
        coaches: [coach('c', { capacity: 1 })],
      }),
    );
    expect(pairs(result)).toEqual([['old', 'c']]);
  });

  describe('pins', () => {
    const base = (overrides: Partial<RoundInput>): RoundInput =>
      roundInput({ requests: [request('r1'), request('r2')], coaches: [coach('near'), coach('far', { person: { siteId: 'site-far' } })], ...overrides });

    it('keeps a pin the optimiser would not have chosen', async () => {
      const result = await runRound(base({ pins: [{ requestId: 'r1', coachId: 'far' }] }));
      expect(result.proposals.find((p) => p.requestId === 'r1')).toMatchObject({ coachId: 'far', pinned: true });
      expect(result.rejectedPins).toEqual([]);
    });

    it('rejects a pin that breaks a hard rule, naming the rule, and matches the request as usual', async () => {
      const result = await runRound(base({ pins: [{ requestId: 'r1', coachId: 'far' }], declinedPairs: [['p-r1', 'far']] }));
      expect(result.rejectedPins).toEqual([{ requestId: 'r1', coachId: 'far', rule: 'declined_before' }]);
      expect(result.proposals.find((p) => p.requestId === 'r1')).toMatchObject({ coachId: 'near', pinned: false });
    });

    it('rejects pins beyond a coach capacity, and a second pin for the same request', async () => {
      const result = await runRound(
        roundInput({
          requests: [request('r1'), request('r2')],
          coaches: [coach('one-place', { capacity: 1 }), coach('other')],
          pins: [
            { requestId: 'r1', coachId: 'one-place' },
            { requestId: 'r2', coachId: 'one-place' },
            { requestId: 'r1', coachId: 'other' },
          ],
        }),
      );
      expect(result.rejectedPins).toEqual([
        { requestId: 'r1', coachId: 'other', rule: 'capacity' },
        { requestId: 'r2', coachId: 'one-place', rule: 'capacity' },
      ]);
      expect(pairs(result)).toEqual([
        ['r1', 'one-place'],
        ['r2', 'other'],
      ]);
    });

    it('rejects a pin naming a coach who is not in the pool', async () => {
      const result = await runRound(base({ pins: [{ requestId: 'r1', coachId: 'gone' }] }));
      expect(result.rejectedPins).toEqual([{ requestId: 'r1', coachId: 'gone', rule: 'eligibility' }]);
    });
  });

  describe('determinism', () => {
    const coaches = ['a', 'b', 'c', 'd', 'e'].map((id) => coach(id, { capacity: 1 }));
    const requests = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'].map((id) => request(id));

    it('gives the same result for the same input, even among equally good answers', async () => {
      const first = await runRound(roundInput({ requests, coaches }));
      const second = await runRound(roundInput({ requests, coaches }));
      expect(second).toEqual(first);
    });

    it('gives the same result whatever order the requests, coaches and pins arrive in', async () => {
      const pins = [
        { requestId: 'r3', coachId: 'a' },
        { requestId: 'r5', coachId: 'b' },
      ];
      const first = await runRound(roundInput({ requests, coaches, pins }));
      const shuffled = await runRound(roundInput({ requests: [...requests].reverse(), coaches: [...coaches].reverse(), pins: [...pins].reverse() }));
      expect(shuffled).toEqual(first);
    });
  });

  describe('unmatched requests', () => {
    it('says in words which rules left nobody', async () => {
      const result = await runRound(
        roundInput({
          requests: [request('r1', { requester: { lineManagerId: 'boss' } })],
          coaches: [coach('boss'), coach('c2', { paused: true }), coach('c3', { paused: true }), coach('c4', { eligibility: [] })],
        }),
      );
      expect(result.proposals).toEqual([]);
      expect(result.unmatched).toEqual([
        { requestId: 'r1', reason: 'no mentor can be proposed: 2 are paused; 1 is not eligible to mentor in this programme; 1 is in your line-management chain' },
      ]);
    });

    it('says when the pool is empty', async () => {
      const result = await runRound(roundInput({ requests: [request('r1', { kind: 'coaching' })] }));
      expect(result.unmatched).toEqual([{ requestId: 'r1', reason: 'no coaches are in the pool for this programme' }]);
    });
  });
});
