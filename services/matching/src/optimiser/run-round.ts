import { findCandidates, HARD_RULES, type CandidateLimits, type CandidatePairs } from './candidates';
import { matchedTags } from './experience';
import { openCoaches, prepareRound, resolvePins, type PinnedPair, type PreparedRound } from './prepare-round';
import { allTakenReason, noneAllowedReason, proposalReasons } from './reasons';
import type { Proposal, RoundInput, RoundResult, UnmatchedRequest } from './round.types';
import { siloCrossings, slotLoadValue, waitingWeeks, weightedTotal } from './score';
import { solveByColumnGeneration } from './column-generation';
import type { TransportSolution } from './transport-lp';

/** Below this many request-coach pairs every allowed pair goes to the solver: the result is the exact optimum. */
export const EXACT_PAIR_LIMIT = 400_000;
/**
 * Above it, each request keeps its best allowed coaches and each coach its best allowed requests as candidates (the
 * solver itself starts from fewer and prices the rest in). bench/matching measures how far from the whole graph's
 * optimum this lands, by an LP-dual bound and column generation over every allowed pair.
 */
export const PRUNED_LIMITS: CandidateLimits = { perRequest: 40, perCoach: 16 };
const EXACT_LIMITS: CandidateLimits = { perRequest: Infinity, perCoach: 0 };

export interface RoundOptions {
  /** 'auto' (default): exact below EXACT_PAIR_LIMIT pairs, PRUNED_LIMITS above. */
  limits?: CandidateLimits | 'auto';
}

export interface RoundDiagnostics {
  pruned: boolean;
  candidatePairs: number;
  /** Pairs the LP held at the end of column generation. */
  lpColumns: number;
  lpPasses: number;
  /** The objective the solver maximised, unrounded: the sum of the proposals' scores. */
  objective: number;
  timingsMs: { prepare: number; candidates: number; solve: number; assemble: number };
  round: PreparedRound;
  /** Indices into round.coaches of the coaches the solver could use, in the solver's coach order. */
  solverCoaches: number[];
  candidates: CandidatePairs;
  solution: TransportSolution;
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

function chooseLimits(option: RoundOptions['limits'], requests: number, coaches: number): CandidateLimits {
  if (option && option !== 'auto') return option;
  return requests * coaches <= EXACT_PAIR_LIMIT ? EXACT_LIMITS : PRUNED_LIMITS;
}

function proposal(round: PreparedRound, pair: PinnedPair, slot: number, pinned: boolean): Proposal {
  const request = round.requests[pair.request];
  const coach = round.coaches[pair.coach];
  const parts = { ...round.scorer.parts(request, coach), load: slotLoadValue(coach.facts.coach, slot) };
  const kind = request.facts.request.kind;
  const reasons = proposalReasons({
    kind,
    parts,
    requesterShift: request.facts.request.requester.shiftPattern,
    coachShift: coach.facts.shift,
    shiftAsked: request.facts.request.preferences.shiftCompatible,
    matchedTags: matchedTags(round.scorer.vocabulary, request.wanted, coach.tags),
    crossed: siloCrossings(request.facts, coach.facts),
    waitingWeeks: waitingWeeks(request.facts.request.requestedAt, round.input.now),
    firstForCoach: coach.facts.coach.activeRelationships + slot === 0,
  });
  return {
    requestId: request.facts.request.requestId,
    coachId: coach.facts.coach.person.personId,
    score: round4(weightedTotal(parts, round.scorer.weights)),
    parts,
    reasons,
    pinned,
  };
}

/**
 * One matching round: the assignment of coaches to open requests that maximises the round's total score under the
 * hard rules, with the lead's pins kept wherever the rules allow. The same input gives the same result, whatever
 * order its arrays are in.
 */
export async function runRoundDetailed(input: RoundInput, options: RoundOptions = {}): Promise<{ result: RoundResult; diagnostics: RoundDiagnostics }> {
  const started = performance.now();
  const round = prepareRound(input);
  const pins = resolvePins(round);
  const open = openCoaches(round, pins.placesTaken);
  const pinnedRequests = new Set(pins.accepted.map((pair) => pair.request));
  const solverCoaches = open.indices.map((index) => round.coaches[index]);
  const limits = chooseLimits(options.limits, round.requests.length, solverCoaches.length);
  const placeValues = open.indices.map((index) => {
    const coach = round.coaches[index];
    const values: number[] = [];
    for (let slot = pins.placesTaken[index]; slot < coach.facts.freeSlots; slot++) values.push(round.scorer.loadValue(coach, slot));
    return values;
  });
  const firstPlaceValue = Float64Array.from(placeValues, (values) => values[0]);
  const prepared = performance.now();

  const candidates = findCandidates({
    requests: round.requests,
    coaches: solverCoaches,
    coachRuleCounts: open.ruleCounts,
    firstPlaceValue,
    skipRequest: (request) => pinnedRequests.has(request),
    context: round.context,
    scorer: round.scorer,
    limits,
  });
  const searched = performance.now();

  const { solution, lpColumns, passes, converged } = await solveByColumnGeneration(candidates, round.requests.length, placeValues, firstPlaceValue);
  if (!converged) throw new Error('matching round did not converge: raise MAX_PASSES in column-generation.ts');
  const solved = performance.now();

  // Pins take a coach's first places; the solver's pairs follow, best first, so the load part each proposal shows
  // is the place it took. The total is the same whichever pair is said to hold which place.
  const solverPairs = solution.chosen
    .map((pair) => ({ request: candidates.request[pair], coach: open.indices[candidates.coach[pair]], value: candidates.value[pair] }))
    .sort((a, b) => b.value - a.value || a.request - b.request);
  const slotsUsed = new Int32Array(round.coaches.length);
  const proposals: Proposal[] = [];
  for (const [pairs, pinned] of [
    [pins.accepted, true],
    [solverPairs, false],
  ] as const) {
    for (const pair of pairs) proposals.push(proposal(round, pair, slotsUsed[pair.coach]++, pinned));
  }
  proposals.sort((a, b) => (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));

  const matched = new Set(proposals.map((item) => item.requestId));
  const width = HARD_RULES.length;
  const unmatched: UnmatchedRequest[] = [];
  round.requests.forEach(({ facts }, index) => {
    if (matched.has(facts.request.requestId)) return;
    const allowed = candidates.allowedPerRequest[index];
    unmatched.push({
      requestId: facts.request.requestId,
      reason:
        allowed > 0
          ? allTakenReason(facts.request.kind, allowed)
          : noneAllowedReason(facts.request.kind, candidates.ruleCounts.subarray(index * width, (index + 1) * width)),
    });
  });

  const objective = proposals.reduce((sum, item) => sum + weightedTotal(item.parts, round.scorer.weights), 0);
  const result: RoundResult = { proposals, unmatched, rejectedPins: pins.rejected, totalScore: round4(objective) };
  const finished = performance.now();
  return {
    result,
    diagnostics: {
      pruned: Number.isFinite(limits.perRequest),
      candidatePairs: candidates.value.length,
      lpColumns,
      lpPasses: passes,
      objective,
      timingsMs: { prepare: prepared - started, candidates: searched - prepared, solve: solved - searched, assemble: finished - solved },
      round,
      solverCoaches: open.indices,
      candidates,
      solution,
    },
  };
}

export async function runRound(input: RoundInput, options: RoundOptions = {}): Promise<RoundResult> {
  return (await runRoundDetailed(input, options)).result;
}
