import { type FlowEdge, isPinned } from './circulation';
import { type KnownRange, rangeOfRaw } from './known-range';
import { isSmall, SMALL_LIMIT } from './rounding';

/** A cell of one figure column, as an edge between its row's and its column's nodes (see circulation.ts). */
export interface GuardedCell {
  from: number;
  to: number;
  /** The count, or the base of a rate or statistic: the number that is published as a count. */
  quantity: number;
}

/** A margin or grand total, published by its own query; this table cannot change what it shows. */
export interface PublishedMargin {
  from: number;
  to: number;
  flow: number;
  range: KnownRange;
}

export interface GuardOutcome {
  /** Indices of cells to withhold as SECONDARY. */
  secondary: Set<number>;
  /** Small cells or margins still pinned with every candidate withheld (edge indices, cells first). */
  unprotected: number[];
}

/**
 * Chooses secondary suppressions so that no small count (a cell, or a margin that another query publishes as
 * small) can be worked out exactly from this table, its margins and the grand total. Cells must come in a
 * fixed order (sorted by key): ties go to the earlier cell, so the choice depends on the table alone.
 *
 * Greedy, small figures in order: while one is pinned, withhold the shown cell closest to it (same row or
 * column first), smallest count first, preferring one that frees it on its own. Withholding only widens
 * ranges (a shown count's range [v-2, v+2] lies inside [8, Infinity)), so nothing freed is pinned again, and
 * each round withholds a cell, so the loop ends.
 */
export function guardAgainstDifferencing(cells: readonly GuardedCell[], margins: readonly PublishedMargin[]): GuardOutcome {
  const edges: FlowEdge[] = [
    ...cells.map((cell) => ({ from: cell.from, to: cell.to, flow: cell.quantity, ...rangeOfRaw(cell.quantity) })),
    ...margins.map((margin) => ({ from: margin.from, to: margin.to, flow: margin.flow, ...margin.range })),
  ];
  const targets = edges.flatMap((edge, index) => (edge.lo === 1 && edge.hi === SMALL_LIMIT ? [index] : []));
  const secondary = new Set<number>();
  const unprotected: number[] = [];
  const widen = (index: number): void => {
    edges[index].lo = SMALL_LIMIT + 1;
    edges[index].hi = Infinity;
  };
  const freedBy = (candidate: number, target: number): boolean => {
    const saved = { lo: edges[candidate].lo, hi: edges[candidate].hi };
    widen(candidate);
    const freed = !isPinned(edges, target);
    Object.assign(edges[candidate], saved);
    return freed;
  };
  for (const target of targets) {
    while (isPinned(edges, target)) {
      const candidates = rankCandidates(cells, secondary, edges[target]);
      if (candidates.length === 0) {
        unprotected.push(target);
        break;
      }
      const chosen = candidates.find((candidate) => freedBy(candidate, target)) ?? candidates[0];
      secondary.add(chosen);
      widen(chosen);
    }
  }
  return { secondary, unprotected };
}

/** Shown cells by closeness to the target in the row/column graph, then by count, then by position. */
function rankCandidates(cells: readonly GuardedCell[], secondary: ReadonlySet<number>, target: FlowEdge): number[] {
  const distance = nodeDistances(cells, [target.from, target.to]);
  const closeness = (cell: GuardedCell): number => Math.min(distance.get(cell.from) ?? Infinity, distance.get(cell.to) ?? Infinity);
  return cells
    .flatMap((cell, index) => (cell.quantity > 0 && !isSmall(cell.quantity) && !secondary.has(index) ? [index] : []))
    .sort((a, b) => closeness(cells[a]) - closeness(cells[b]) || cells[a].quantity - cells[b].quantity || a - b);
}

function nodeDistances(cells: readonly GuardedCell[], starts: number[]): Map<number, number> {
  const neighbours = new Map<number, number[]>();
  const link = (from: number, to: number): void => {
    const list = neighbours.get(from);
    if (list === undefined) neighbours.set(from, [to]);
    else list.push(to);
  };
  for (const cell of cells) {
    link(cell.from, cell.to);
    link(cell.to, cell.from);
  }
  const distance = new Map<number, number>(starts.map((node) => [node, 0]));
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of neighbours.get(node) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, (distance.get(node) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  return distance;
}
