import { pairRuleBroken } from '../../services/matching/src/optimiser/hard-rules';
import type { PreparedRound } from '../../services/matching/src/optimiser/prepare-round';

/**
 * Every allowed pair of a round, visited without storing them (5,000 x 10,000 is fifty million pairs): the greedy
 * baseline and the optimality proof both need the whole graph, not the optimiser's pruned one.
 */
export interface FullGraph {
  round: PreparedRound;
  /** Indices into round.coaches of the coaches with a free place (the solver's coach order). */
  solverCoaches: readonly number[];
  /** Weighted value of each solver coach's free places, in order. */
  placeValues: ReadonlyArray<readonly number[]>;
}

export function fullGraph(round: PreparedRound, solverCoaches: readonly number[]): FullGraph {
  const placeValues = solverCoaches.map((index) => {
    const coach = round.coaches[index];
    return Array.from({ length: coach.facts.freeSlots }, (_, slot) => round.scorer.loadValue(coach, slot));
  });
  return { round, solverCoaches, placeValues };
}

/** Calls `visit(solverCoach, pairValue)` for each coach the request may be proposed to. */
export function forEachAllowedCoach(graph: FullGraph, requestIndex: number, visit: (solverCoach: number, value: number) => void): void {
  const { round, solverCoaches } = graph;
  const request = round.requests[requestIndex];
  for (let solverCoach = 0; solverCoach < solverCoaches.length; solverCoach++) {
    const coach = round.coaches[solverCoaches[solverCoach]];
    if ((coach.facts.eligibility & request.facts.eligibilityBit) === 0) continue;
    if (pairRuleBroken(request.facts, coach.facts, round.context) !== null) continue;
    visit(solverCoach, round.scorer.pairValue(request, coach));
  }
}
