import { solveTransport, type TransportSolution } from '../../services/matching/src/optimiser/transport-lp';
import { forEachAllowedCoach, type FullGraph } from './full-graph';

/**
 * Weak LP duality on the whole graph. For any coach prices p (one per coach), with every request free to take its best
 * coach at those prices and every place sold at its value plus p,
 *
 *   UB(p) = sum over requests of max(0, max over allowed coaches of (value - p[coach]))
 *         + sum over coaches and places of max(0, place value + p[coach])
 *
 * bounds every assignment's total (it is the dual objective of the transportation LP at a feasible dual point). With
 * the pruned solve's own coach duals it is tight whenever pruning lost nothing.
 */
export function dualBound(graph: FullGraph, coachPrices: Float64Array): number {
  // A coach nobody may be proposed to can be priced at minus infinity: its places then add nothing.
  const reachable = new Uint8Array(graph.solverCoaches.length);
  let bound = 0;
  for (let request = 0; request < graph.round.requests.length; request++) {
    let best = 0;
    forEachAllowedCoach(graph, request, (coach, value) => {
      reachable[coach] = 1;
      best = Math.max(best, value - coachPrices[coach]);
    });
    bound += best;
  }
  graph.placeValues.forEach((places, coach) => {
    if (reachable[coach]) for (const value of places) bound += Math.max(0, value + coachPrices[coach]);
  });
  return bound;
}

/**
 * The same duality priced from the request side: with request prices u from the solve, each coach's price is the
 * least that keeps every allowed pair covered (p = max over its requests of value - u; no pairs, no price needed), and
 *
 *   UB(u) = sum of u + sum over coaches and places of max(0, place value + p[coach]).
 *
 * With an exact solve's duals this meets the optimum (complementary slackness); the coach-side form above cannot see
 * that coaches left out of a pruned graph have nobody to take.
 */
export function requestPricedBound(graph: FullGraph, requestPrices: Float64Array): number {
  const coachPrice = new Float64Array(graph.solverCoaches.length).fill(-Infinity);
  let bound = 0;
  for (let request = 0; request < graph.round.requests.length; request++) {
    const price = Math.max(0, requestPrices[request]);
    bound += price;
    forEachAllowedCoach(graph, request, (coach, value) => {
      coachPrice[coach] = Math.max(coachPrice[coach], value - price);
    });
  }
  graph.placeValues.forEach((places, coach) => {
    for (const value of places) bound += Math.max(0, value + coachPrice[coach]);
  });
  return bound;
}

/** The loosest honest bound: every request with its best allowed coach at that coach's best place. */
export function bestPairBound(graph: FullGraph): number {
  let bound = 0;
  for (let request = 0; request < graph.round.requests.length; request++) {
    let best = 0;
    forEachAllowedCoach(graph, request, (coach, value) => {
      best = Math.max(best, value + (graph.placeValues[coach][0] ?? 0));
    });
    bound += best;
  }
  return bound;
}

export interface Pairs {
  request: number[];
  coach: number[];
  value: number[];
}

const REDUCED_COST_TOLERANCE = 1e-9;
/** New columns per request and iteration: enough to converge in a few rounds, few enough to keep the LP small. */
const COLUMNS_PER_REQUEST = 4;

/**
 * The exact optimum of the whole graph by column generation: solve on the pairs at hand, price every allowed pair
 * against the duals (reduced cost = value - request dual - coach dual), add those that would improve the objective,
 * and repeat until none would. Then the LP optimum of the pairs at hand is the LP optimum of the whole graph, which
 * is integral (total unimodularity): the true best assignment.
 */
export async function exactOptimum(graph: FullGraph, start: Pairs, log: (line: string) => void): Promise<{ objective: number; iterations: number; columns: number }> {
  const pairs: Pairs = { request: [...start.request], coach: [...start.coach], value: [...start.value] };
  const present = new Set(pairs.request.map((request, index) => request * graph.solverCoaches.length + pairs.coach[index]));
  for (let iteration = 1; ; iteration++) {
    const solution: TransportSolution = await solveTransport({
      requestCount: graph.round.requests.length,
      coachCount: graph.solverCoaches.length,
      pairRequest: Int32Array.from(pairs.request),
      pairCoach: Int32Array.from(pairs.coach),
      pairValue: Float64Array.from(pairs.value),
      placeValues: graph.placeValues,
    });
    let added = 0;
    for (let request = 0; request < graph.round.requests.length; request++) {
      const priced: Array<[number, number, number]> = [];
      forEachAllowedCoach(graph, request, (coach, value) => {
        const reducedCost = value - solution.requestDuals[request] - solution.coachDuals[coach];
        if (reducedCost > REDUCED_COST_TOLERANCE && !present.has(request * graph.solverCoaches.length + coach)) priced.push([reducedCost, coach, value]);
      });
      priced.sort((a, b) => b[0] - a[0]);
      for (const [, coach, value] of priced.slice(0, COLUMNS_PER_REQUEST)) {
        present.add(request * graph.solverCoaches.length + coach);
        pairs.request.push(request);
        pairs.coach.push(coach);
        pairs.value.push(value);
        added++;
      }
    }
    log(`  column generation ${iteration}: objective ${solution.objective.toFixed(4)}, ${added} columns priced in`);
    if (added === 0) return { objective: solution.objective, iterations: iteration, columns: pairs.value.length };
  }
}
