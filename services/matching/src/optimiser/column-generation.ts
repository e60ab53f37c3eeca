import type { CandidatePairs } from './candidates';
import { TransportLp, type TransportSolution } from './transport-lp';

/** Pairs each request and each coach start with: the LP stays small, and pricing brings in what it lacks. */
const INITIAL_PER_REQUEST = 6;
const INITIAL_PER_COACH = 4;
/** Pairs priced in per request and pass: several at once converges in a few passes. */
const ADDED_PER_REQUEST = 4;
const REDUCED_COST_TOLERANCE = 1e-9;
/** A safety stop; rounds measured in bench/matching converge well before it. */
const MAX_PASSES = 50;

export interface ColumnGenerationOutcome {
  /** As from the solver, but `chosen` holds indices into the candidate pairs. */
  solution: TransportSolution;
  lpColumns: number;
  passes: number;
  /** False only when MAX_PASSES stopped it: the result is then feasible but may fall short of the optimum. */
  converged: boolean;
}

function initialPairs(candidates: CandidatePairs, firstPlaceValue: Float64Array): number[] {
  const key = (pair: number): number => candidates.value[pair] + firstPlaceValue[candidates.coach[pair]];
  const byKey = (a: number, b: number): number => key(b) - key(a) || a - b;
  const chosen = new Set<number>();
  const byCoach = new Map<number, number[]>();
  let start = 0;
  // Candidate pairs are sorted by request, so each request's pairs are one run.
  for (let pair = 0; pair <= candidates.value.length; pair++) {
    if (pair < candidates.value.length && candidates.request[pair] === candidates.request[start]) continue;
    const run = Array.from({ length: pair - start }, (_, offset) => start + offset).sort(byKey);
    for (const best of run.slice(0, INITIAL_PER_REQUEST)) chosen.add(best);
    start = pair;
  }
  candidates.coach.forEach((coach, pair) => {
    const pairs = byCoach.get(coach);
    if (pairs) pairs.push(pair);
    else byCoach.set(coach, [pair]);
  });
  for (const pairs of byCoach.values()) for (const best of pairs.sort(byKey).slice(0, INITIAL_PER_COACH)) chosen.add(best);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * The optimum over all candidate pairs without giving them all to the LP: start from each request's and each coach's
 * best few, then repeatedly price every candidate against the LP's duals (reduced cost = value - request price -
 * coach price) and add those that would raise the total. When none would, the LP optimum over the few is the optimum
 * over all candidates (LP duality), and integral (total unimodularity).
 */
export async function solveByColumnGeneration(
  candidates: CandidatePairs,
  requestCount: number,
  placeValues: ReadonlyArray<readonly number[]>,
  firstPlaceValue: Float64Array,
): Promise<ColumnGenerationOutcome> {
  const lp = await TransportLp.open(requestCount, placeValues);
  try {
    const inLp = new Uint8Array(candidates.value.length);
    const lpPairs: number[] = [];
    const add = (pairs: number[]): void => {
      for (const pair of pairs) inLp[pair] = 1;
      lpPairs.push(...pairs);
      lp.addPairs(
        pairs.map((pair) => candidates.request[pair]),
        pairs.map((pair) => candidates.coach[pair]),
        pairs.map((pair) => candidates.value[pair]),
      );
    };
    add(initialPairs(candidates, firstPlaceValue));
    for (let pass = 1; ; pass++) {
      const solution = lp.solve();
      const priced = new Map<number, Array<[number, number]>>();
      candidates.value.forEach((value, pair) => {
        if (inLp[pair]) return;
        const request = candidates.request[pair];
        const reducedCost = value - solution.requestDuals[request] - solution.coachDuals[candidates.coach[pair]];
        if (reducedCost <= REDUCED_COST_TOLERANCE) return;
        const list = priced.get(request);
        if (list) list.push([reducedCost, pair]);
        else priced.set(request, [[reducedCost, pair]]);
      });
      const added = [...priced.values()].flatMap((list) =>
        list
          .sort((a, b) => b[0] - a[0] || a[1] - b[1])
          .slice(0, ADDED_PER_REQUEST)
          .map(([, pair]) => pair),
      );
      if (added.length === 0 || pass >= MAX_PASSES) {
        return {
          solution: { ...solution, chosen: solution.chosen.map((column) => lpPairs[column]) },
          lpColumns: lpPairs.length,
          passes: pass,
          converged: added.length === 0,
        };
      }
      add(added.sort((a, b) => a - b));
    }
  } finally {
    lp.dispose();
  }
}
