/**
 * What an attacker knows of a breakdown, as a circulation. Every figure in play (cell, margin, grand total) is
 * the flow on one edge: a row's cells flow from the row's node to their columns' nodes, the row margin flows
 * into the row, the column margin out of the column, and the grand total closes the loop. Publishing tells
 * the attacker only a range for each flow. Row, column and grand-total sums form two laminar families, so
 * the constraint matrix is totally unimodular: the values a flow can take, given every range, are a whole
 * interval of integers. A suppressed cell therefore has a second feasible value exactly when one unit can be
 * pushed round a cycle through its edge, either way, without leaving any range: a reachability question.
 */
export interface FlowEdge {
  readonly from: number;
  readonly to: number;
  /** The true value. */
  readonly flow: number;
  /** The range the attacker can work out from what is published; `hi` may be Infinity. */
  lo: number;
  hi: number;
}

/** Whether the flow on `edges[index]` could be one higher (+1) or lower (-1) with everything published unchanged. */
export function canShift(edges: readonly FlowEdge[], index: number, delta: 1 | -1): boolean {
  const edge = edges[index];
  if (edge.flow + delta < edge.lo || edge.flow + delta > edge.hi) return false;
  return delta === 1 ? reaches(edges, edge.to, edge.from, index) : reaches(edges, edge.from, edge.to, index);
}

/** Pinned: the published ranges leave the attacker a single value for this flow. */
export function isPinned(edges: readonly FlowEdge[], index: number): boolean {
  return !canShift(edges, index, 1) && !canShift(edges, index, -1);
}

/** Breadth-first search over the residual graph, leaving out the edge being shifted in both directions. */
function reaches(edges: readonly FlowEdge[], start: number, goal: number, skip: number): boolean {
  const arcs = new Map<number, number[]>();
  const addArc = (from: number, to: number): void => {
    const out = arcs.get(from);
    if (out === undefined) arcs.set(from, [to]);
    else out.push(to);
  };
  edges.forEach((edge, index) => {
    if (index === skip) return;
    if (edge.flow + 1 <= edge.hi) addArc(edge.from, edge.to);
    if (edge.flow - 1 >= edge.lo) addArc(edge.to, edge.from);
  });
  const visited = new Set<number>([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === goal) return true;
    for (const next of arcs.get(node) ?? []) {
      if (!visited.has(next)) {
        visited.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}
