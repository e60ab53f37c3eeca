import { aggregate } from './aggregate';
import type { GuardedCell, PublishedMargin } from './differencing-guard';
import type { FigureTable, PublishedFigure, PublishedTable } from './figures';
import { type KnownRange, rangeOfPublished } from './known-range';
import { keyId } from './table-shape';

/** Node ids in the circulation (see circulation.ts); the grand total runs from SINK back to SOURCE. */
const SOURCE = 0;
const SINK = 1;

/** Where a breakdown's cells sit in the circulation, and the published figures around them. */
export interface Surroundings {
  endpoints(key: readonly string[]): { from: number; to: number };
  /** Margins and grand total for one figure column, given its cells (for their true flows). */
  margins(name: string, cells: readonly GuardedCell[]): PublishedMargin[];
}

/**
 * What other queries publish for the same scope, worked out by publishing the aggregated tables with the same
 * function (passed in, since it is the caller). One dimension: the grand total, with every cell running from
 * SOURCE to SINK. Two: each row value's and each column value's cell in the 1-D breakdowns, and the grand total.
 */
export function surroundingsOf(table: FigureTable, publish: (table: FigureTable) => PublishedTable): Surroundings {
  const grand = publish(aggregate(table, [])).rows[0];
  const grandMargin = (name: string, cells: readonly GuardedCell[]): PublishedMargin => {
    const flow = cells.reduce((sum, cell) => sum + cell.quantity, 0);
    return { from: SINK, to: SOURCE, flow, range: grandAsAttackerMayKnowIt(grand.figures[name], flow) };
  };
  if (table.dimensions.length === 1) {
    return { endpoints: () => ({ from: SOURCE, to: SINK }), margins: (name, cells) => [grandMargin(name, cells)] };
  }
  const byRow = publish(aggregate(table, [table.dimensions[0]])).rows;
  const byColumn = publish(aggregate(table, [table.dimensions[1]])).rows;
  const rowNode = new Map(byRow.map((row, index) => [keyId(row.key), 2 + index]));
  const columnNode = new Map(byColumn.map((row, index) => [keyId(row.key), 2 + byRow.length + index]));
  const nodeOf = (nodes: Map<string, number>, value: string): number => nodes.get(keyId([value])) ?? -1;
  const flowAt = (cells: readonly GuardedCell[], node: number): number =>
    cells.reduce((sum, cell) => sum + (cell.from === node || cell.to === node ? cell.quantity : 0), 0);
  return {
    endpoints: (key) => ({ from: nodeOf(rowNode, key[0]), to: nodeOf(columnNode, key[1]) }),
    margins: (name, cells) => [
      ...byRow.map((row) => {
        const to = nodeOf(rowNode, row.key[0]);
        return { from: SOURCE, to, flow: flowAt(cells, to), range: rangeOfPublished(row.figures[name]) };
      }),
      ...byColumn.map((column) => {
        const from = nodeOf(columnNode, column.key[0]);
        return { from, to: SINK, flow: flowAt(cells, from), range: rangeOfPublished(column.figures[name]) };
      }),
      grandMargin(name, cells),
    ],
  };
}

/**
 * Every breakdown of the scope, along any dimension, is a sum of rounded cells and narrows the grand total a
 * little further; enough of them can pin it. So a shown grand total is taken as known exactly. A small one is
 * left at 1 to 7: other breakdowns narrow it only by how many non-zero cells they show, and assuming it
 * known would make every lone small cell "pinned" to a number nobody knows.
 */
function grandAsAttackerMayKnowIt(figure: PublishedFigure, flow: number): KnownRange {
  const shown = figure.kind === 'count' ? figure.value : figure.base;
  return shown !== null && shown > 0 ? { lo: flow, hi: flow } : rangeOfPublished(figure);
}
