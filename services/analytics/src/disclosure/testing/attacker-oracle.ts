import type { FigureTable, PublishedFigure, PublishedTable } from '../figures';

/*
 * Test oracle: an attacker who sees a published breakdown, the 1-D breakdowns along each of its dimensions and
 * the ungrouped figure, and works out by exhaustive search which true values of each withheld small count are
 * consistent with all of them. Written from the published rules alone, without the implementation's
 * circulation reasoning, so the property tests check the guard against an independent calculation.
 */

/** Everything published about one scope. */
export interface AttackerView {
  breakdown: PublishedTable;
  /** For a 2-D breakdown: the published 1-D breakdowns along its first and second dimension. */
  byDimension: PublishedTable[];
  ungrouped: PublishedTable;
}

export interface Exposure {
  where: string;
  trueValue: number;
  /** Values still consistent with everything published (fewer than 2 is a disclosure). */
  consistent: number[];
}

interface Domain {
  lo: number;
  hi: number;
}

const SMALL = { lo: 1, hi: 7 };

/**
 * What the attacker may assume of a published count (or base). The reason is public: SMALL_COUNT/SMALL_BASE
 * means 1 to 7, SECONDARY means not small and not zero (at least 8), BREAKDOWN_WITHHELD means anything, a
 * shown value v means v-2 to v+2 (or exactly 0). `cap` stands in for "no upper bound": nothing can exceed the
 * grand total's largest value.
 */
function domainOf(figure: PublishedFigure, cap: number): Domain {
  if (figure.reason === 'BREAKDOWN_WITHHELD') return { lo: 0, hi: cap };
  if (figure.reason === 'SECONDARY') return { lo: 8, hi: cap };
  const shown = figure.kind === 'count' ? figure.value : figure.base;
  if (shown === null) return SMALL;
  if (shown === 0) return { lo: 0, hi: 0 };
  return { lo: shown - 2, hi: shown + 2 };
}

/** A withheld figure whose true value is a small count, whatever reason it was withheld for. */
function isHiddenSmall(figure: PublishedFigure, trueValue: number): boolean {
  const hidden = figure.kind === 'count' ? figure.value === null : figure.base === null;
  return hidden && trueValue >= 1 && trueValue <= 7;
}

function countOf(table: FigureTable, key: string[], name: string): number {
  const row = table.rows.find((candidate) => candidate.key.join('\u0000') === key.join('\u0000'));
  if (row === undefined) return 0;
  const figure = row.figures[name];
  return figure.kind === 'count' ? figure.value : figure.base;
}

function figureAt(table: PublishedTable, key: string[], name: string): PublishedFigure | undefined {
  return table.rows.find((row) => row.key.join('\u0000') === key.join('\u0000'))?.figures[name];
}

export interface AttackerKnowledge {
  /**
   * Besides what is published, the attacker knows the exact grand total whenever it is shown, as several
   * breakdowns of the same scope along other dimensions could tell them.
   */
  exactShownGrandTotal: boolean;
}

/** Every withheld small count in the view (cells, 1-D breakdown cells, ungrouped) with fewer than 2 consistent values. */
export function exposedSmallCounts(raw: FigureTable, view: AttackerView, name: string, knowledge: AttackerKnowledge = { exactShownGrandTotal: false }): Exposure[] {
  const grandFigure = view.ungrouped.rows[0]?.figures[name];
  if (grandFigure === undefined) return [];
  const grandValue = raw.rows.reduce((total, row) => total + countOf(raw, row.key, name), 0);
  const published = domainOf(grandFigure, 0);
  const grand = knowledge.exactShownGrandTotal && published.lo > 0 && published.hi > 7 ? { lo: grandValue, hi: grandValue } : published;
  const cap = grand.hi;
  const ungrouped = { figure: grandFigure, value: grandValue, domain: grand };
  return raw.dimensions.length === 1 ? exposedIn1D(raw, view, name, ungrouped, cap) : exposedIn2D(raw, view, name, ungrouped, cap);
}

interface Ungrouped {
  figure: PublishedFigure;
  value: number;
  domain: Domain;
}

function exposedIn1D(raw: FigureTable, view: AttackerView, name: string, ungrouped: Ungrouped, cap: number): Exposure[] {
  const grand = ungrouped.domain;
  const keys = raw.rows.map((row) => row.key);
  const domains = keys.map((key) => domainOf(figureAt(view.breakdown, key, name) as PublishedFigure, cap));
  const exposures: Exposure[] = [];
  keys.forEach((key, index) => {
    const trueValue = countOf(raw, key, name);
    if (!isHiddenSmall(figureAt(view.breakdown, key, name) as PublishedFigure, trueValue)) return;
    const others = [...reachableSums(domains.filter((_, other) => other !== index), cap)];
    const consistent = range(domains[index].lo, domains[index].hi).filter((t) => others.some((rest) => t + rest >= grand.lo && t + rest <= grand.hi));
    if (consistent.length < 2) exposures.push({ where: `cell ${key.join('/')}`, trueValue, consistent });
  });
  if (isHiddenSmall(ungrouped.figure, ungrouped.value)) {
    const consistent = [...reachableSums(domains, cap)].filter((total) => total >= grand.lo && total <= grand.hi);
    if (consistent.length < 2) exposures.push({ where: 'ungrouped', trueValue: ungrouped.value, consistent });
  }
  return exposures;
}

/** Every total that cells with these domains can add up to (a subset-sum enumeration, deduplicated). */
function reachableSums(domains: Domain[], cap: number): Set<number> {
  let sums = new Set([0]);
  for (const domain of domains) {
    const next = new Set<number>();
    for (const partial of sums) for (let value = domain.lo; value <= domain.hi && partial + value <= cap; value++) next.add(partial + value);
    sums = next;
  }
  return sums;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A 2-D search problem: cell domains by [row][column], margin domains, grand domain. */
interface Grid {
  cells: Domain[][];
  rows: Domain[];
  columns: Domain[];
  grand: Domain;
}

function exposedIn2D(raw: FigureTable, view: AttackerView, name: string, ungrouped: Ungrouped, cap: number): Exposure[] {
  const grand = ungrouped.domain;
  const rowValues = [...new Set(raw.rows.map((row) => row.key[0]))].sort();
  const columnValues = [...new Set(raw.rows.map((row) => row.key[1]))].sort();
  // What the attacker sees listed: a combination the published breakdown leaves out is known to be zero.
  const present = new Set(view.breakdown.rows.map((row) => row.key.join('\u0000')));
  const cellFigure = (r: string, c: string): PublishedFigure | undefined => (present.has(`${r}\u0000${c}`) ? figureAt(view.breakdown, [r, c], name) : undefined);
  const grid: Grid = {
    cells: rowValues.map((r) =>
      columnValues.map((c) => {
        const figure = cellFigure(r, c);
        return figure === undefined ? { lo: 0, hi: 0 } : domainOf(figure, cap);
      }),
    ),
    rows: rowValues.map((r) => domainOf(figureAt(view.byDimension[0], [r], name) as PublishedFigure, cap)),
    columns: columnValues.map((c) => domainOf(figureAt(view.byDimension[1], [c], name) as PublishedFigure, cap)),
    grand,
  };
  const truth = rowValues.map((r) => columnValues.map((c) => countOf(raw, [r, c], name)));
  const exposures: Exposure[] = [];
  const check = (where: string, figure: PublishedFigure | undefined, trueValue: number, domain: Domain, fixed: (t: number) => Grid): void => {
    if (figure === undefined || !isHiddenSmall(figure, trueValue)) return;
    const feasible = (t: number): boolean => hasSolution(fixed(t), truth);
    if (!hasSecondValue(trueValue, domain, feasible)) exposures.push({ where, trueValue, consistent: range(domain.lo, Math.min(domain.hi, 7)).filter(feasible) });
  };
  rowValues.forEach((r, i) =>
    columnValues.forEach((c, j) =>
      check(`cell ${r}/${c}`, cellFigure(r, c), truth[i][j], grid.cells[i][j], (t) => ({
        ...grid,
        cells: grid.cells.map((row, ri) => row.map((domain, ci) => (ri === i && ci === j ? { lo: t, hi: t } : domain))),
      })),
    ),
  );
  rowValues.forEach((r, i) =>
    check(`row ${r}`, figureAt(view.byDimension[0], [r], name), sum(truth[i]), grid.rows[i], (t) => ({
      ...grid,
      rows: grid.rows.map((domain, ri) => (ri === i ? { lo: t, hi: t } : domain)),
    })),
  );
  columnValues.forEach((c, j) =>
    check(`column ${c}`, figureAt(view.byDimension[1], [c], name), sum(truth.map((row) => row[j])), grid.columns[j], (t) => ({
      ...grid,
      columns: grid.columns.map((domain, ci) => (ci === j ? { lo: t, hi: t } : domain)),
    })),
  );
  check('ungrouped', ungrouped.figure, ungrouped.value, grand, (t) => ({ ...grid, grand: { lo: t, hi: t } }));
  return exposures;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Tries the neighbours first: any consistent value in the domain other than the true one is enough. */
function hasSecondValue(trueValue: number, domain: Domain, consistent: (t: number) => boolean): boolean {
  const inDomain = (t: number): boolean => t >= domain.lo && t <= domain.hi && t !== trueValue;
  return [trueValue - 1, trueValue + 1].filter(inDomain).some(consistent) || range(domain.lo, domain.hi).filter((t) => inDomain(t) && Math.abs(t - trueValue) > 1).some(consistent);
}

const SEARCH_BUDGET = 5_000_000;

/**
 * Whether some whole table fits every domain: depth-first over the cells in row-major order, each value
 * bounded by what its row, column and the grand total can still take given the cells left to fill. Values
 * nearest the true table come first, so a consistent table is usually found at once.
 */
function hasSolution(grid: Grid, hint: number[][]): boolean {
  const height = grid.rows.length;
  const width = grid.columns.length;
  const flat = grid.cells.flat();
  const restOfRow = (i: number, j: number, pick: (d: Domain) => number): number => sum(grid.cells[i].slice(j + 1).map(pick));
  const restOfColumn = (i: number, j: number, pick: (d: Domain) => number): number => sum(grid.cells.slice(i + 1).map((row) => pick(row[j])));
  const restOfAll = (k: number, pick: (d: Domain) => number): number => sum(flat.slice(k + 1).map(pick));
  const lo = (d: Domain): number => d.lo;
  const hi = (d: Domain): number => d.hi;
  const rowSums = grid.rows.map(() => 0);
  const columnSums = grid.columns.map(() => 0);
  let total = 0;
  let steps = 0;
  const place = (k: number): boolean => {
    if (k === height * width) return true;
    if (++steps > SEARCH_BUDGET) throw new Error('attacker oracle: search budget exceeded');
    const i = Math.floor(k / width);
    const j = k % width;
    const row = grid.rows[i];
    const column = grid.columns[j];
    const from = Math.max(
      grid.cells[i][j].lo,
      row.lo - rowSums[i] - restOfRow(i, j, hi),
      column.lo - columnSums[j] - restOfColumn(i, j, hi),
      grid.grand.lo - total - restOfAll(k, hi),
    );
    const to = Math.min(
      grid.cells[i][j].hi,
      row.hi - rowSums[i] - restOfRow(i, j, lo),
      column.hi - columnSums[j] - restOfColumn(i, j, lo),
      grid.grand.hi - total - restOfAll(k, lo),
    );
    for (const value of outwardFrom(hint[i][j], from, to)) {
      rowSums[i] += value;
      columnSums[j] += value;
      total += value;
      const found = place(k + 1);
      rowSums[i] -= value;
      columnSums[j] -= value;
      total -= value;
      if (found) return true;
    }
    return false;
  };
  return place(0);
}

/** from..to, starting at the value nearest `start` and moving outwards. */
function outwardFrom(start: number, from: number, to: number): number[] {
  if (from > to) return [];
  const centre = Math.min(Math.max(start, from), to);
  const values: number[] = [];
  for (let step = 0; centre - step >= from || centre + step <= to; step++) {
    if (step === 0) values.push(centre);
    else {
      if (centre - step >= from) values.push(centre - step);
      if (centre + step <= to) values.push(centre + step);
    }
  }
  return values;
}
