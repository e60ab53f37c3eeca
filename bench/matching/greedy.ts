import { forEachAllowedCoach, type FullGraph } from './full-graph';

/**
 * The baseline a lead would do by hand: first come, first served by requestedAt, each request taking its best allowed
 * coach with a place left (the coach's load counted at the place they would give). Scored on the optimiser's objective.
 */
export function greedyTotal(graph: FullGraph): { total: number; matched: number } {
  const { round } = graph;
  const taken = new Int32Array(graph.solverCoaches.length);
  const order = round.requests
    .map((request, index) => ({ index, at: request.facts.request.requestedAt, id: request.facts.request.requestId }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  let total = 0;
  let matched = 0;
  for (const { index } of order) {
    let best = -1;
    let bestValue = -Infinity;
    forEachAllowedCoach(graph, index, (coach, value) => {
      const places = graph.placeValues[coach];
      if (taken[coach] >= places.length) return;
      const withLoad = value + places[taken[coach]];
      if (withLoad > bestValue) {
        bestValue = withLoad;
        best = coach;
      }
    });
    if (best >= 0) {
      taken[best]++;
      total += bestValue;
      matched++;
    }
  }
  return { total, matched };
}
