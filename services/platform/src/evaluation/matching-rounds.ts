import { inBatches, RefusedError } from './gateway-client';
import { APPROVE_PROPOSAL, EXCLUDE_PAIR, RUN_ROUND } from './operations';
import { drawFate } from './relationship-plan';
import type { Scenario } from './scenario';

/** Rounds run every other week once the pool is up; a round whose proposals use coaches from outside the scenario is run again. */
export const FIRST_ROUND_WEEK = 5;
const RERUNS = 3;

interface RoundReply {
  runMatchingRound: { id: string; proposals: { requestId: string; coachId: string }[] };
}

const isScenarioCoach = (s: Scenario, coachId: string): boolean => {
  const role = s.byId.get(coachId)?.role;
  return (role === 'coach' || role === 'mentor') && !s.state.left.has(coachId);
};

/**
 * The lead runs a round over every open request and the whole pool, and approves each proposed pair, which
 * introduces them. The demo trust's own coaches (trained by the demo seed) are in the same pool; a scenario request
 * proposed to one is excluded from that pair with a reason and the round run again, so the scenario's figures are
 * the scenario's alone. Requests that are not the scenario's (the demo's) are left for the lead of the demo.
 */
export async function runRound(s: Scenario): Promise<void> {
  const week = s.clock.currentWeek;
  if (week < FIRST_ROUND_WEEK || (week - FIRST_ROUND_WEEK) % 2 !== 0 || s.state.openRequests.size === 0) return;
  const scope = { kind: 'ORGANISATION', id: s.organisationId };
  for (let attempt = 0; attempt <= RERUNS && s.state.openRequests.size > 0; attempt += 1) {
    const { runMatchingRound: round } = await s.api.call<RoundReply>(RUN_ROUND, { scope }, s.lead.token);
    const ours = round.proposals.filter((proposal) => s.state.openRequests.has(proposal.requestId));
    const approvable = ours.filter((proposal) => isScenarioCoach(s, proposal.coachId));
    const outside = ours.filter((proposal) => s.state.outsideCoaches.has(proposal.coachId));
    const entry = { roundId: round.id, on: s.clock.today, proposals: round.proposals.length, approved: 0, excluded: outside.length };
    s.ledger.rounds.push(entry);
    entry.approved = await approve(s, round.id, approvable);
    if (outside.length === 0) return;
    await inBatches(outside, (proposal) =>
      s.api.call(EXCLUDE_PAIR, { scope, requestId: proposal.requestId, coachId: proposal.coachId, reason: 'Outside the evaluation cohort' }, s.lead.token),
    );
  }
}

/** Approves the proposals, one coach's in turn (their places are taken one by one), and starts following each pair. */
async function approve(s: Scenario, roundId: string, proposals: { requestId: string; coachId: string }[]): Promise<number> {
  const order = new Map(s.ledger.requests.map((request, index) => [request.requestId, index]));
  const sorted = [...proposals].sort((a, b) => (order.get(a.requestId) ?? 0) - (order.get(b.requestId) ?? 0));
  const fates = new Map(sorted.map((proposal) => [proposal.requestId, drawFate(s.random)]));
  const byCoach = new Map<string, { requestId: string; coachId: string }[]>();
  for (const proposal of sorted) byCoach.set(proposal.coachId, [...(byCoach.get(proposal.coachId) ?? []), proposal]);
  let approved = 0;
  await inBatches([...byCoach.values()], async (coachProposals) => {
    for (const { requestId, coachId } of coachProposals) {
      const request = s.state.openRequests.get(requestId);
      const fate = fates.get(requestId);
      if (!request || !fate) continue;
      let relationshipId: string;
      try {
        relationshipId = (await s.api.call<{ approveProposal: { id: string } }>(APPROVE_PROPOSAL, { roundId, requestId }, s.lead.token)).approveProposal.id;
      } catch (error) {
        if (!(error instanceof RefusedError)) throw error;
        s.log(`  approving a proposal was refused (${error.codes.join(', ')}); the request waits for the next round`);
        continue;
      }
      approved += 1;
      s.state.openRequests.delete(requestId);
      const on = s.clock.today;
      s.state.pairs.set(relationshipId, {
        relationshipId,
        requestId,
        coachId,
        coacheeId: request.personId,
        introducedOn: on,
        introducedWeek: s.clock.currentWeek,
        status: 'introduced',
        ...fate,
        activatedWeek: null,
        activatedOn: null,
        sessionWeeks: [],
        rescheduledTo: null,
        sessionsHeld: 0,
      });
      s.ledger.introductions.push({ relationshipId, requestId, coachId, coacheeId: request.personId, on });
    }
  });
  return approved;
}
