import { guardAgainstDifferencing, type GuardedCell } from './differencing-guard';
import { DisclosureError } from './disclosure-error';
import type { FigureTable, PublishedFigure, PublishedTable, RawFigure } from './figures';
import { surroundingsOf } from './margins';
import { publishFigure } from './publish-figure';
import { compareKeys, type FigureKinds, figureKinds, keyId } from './table-shape';
import { totalOf } from './totals';

/**
 * A breakdown as it may leave analytics: every cell through `publishFigure`, then secondary suppressions so no
 * small cell can be recovered by differencing against the margins and grand total that other queries publish
 * (worked out here by publishing the aggregated tables the same way), then totals over what is shown.
 */
export function publishTable(table: FigureTable): PublishedTable {
  const kinds = figureKinds(table);
  if (table.dimensions.length > 2) {
    throw new DisclosureError('UNSUPPORTED_DIMENSIONS', `Breakdowns by more than two dimensions cannot be guarded: ${JSON.stringify(table.dimensions)}`);
  }
  const withheld = table.dimensions.length === 0 || table.rows.length === 0 ? new Map<string, Withholding>() : withholdings(table, kinds);
  const shown = withGridCompleted(table, kinds, withheld);
  const rows = shown.rows.map((row, index) => ({
    key: [...row.key],
    figures: Object.fromEntries(
      [...kinds].map(([name, kind]) => {
        const withholding = withheld.get(name);
        const hidden = withholding !== undefined && (withholding.rows.has(index) || (withholding.reason === 'BREAKDOWN_WITHHELD' && index >= table.rows.length));
        return [name, hidden ? withheldFigure(kind, withholding.reason) : publishFigure(row.figures[name])];
      }),
    ),
  }));
  const totals = Object.fromEntries(
    [...kinds].map(([name, kind]) => [
      name,
      totalOf(
        kind,
        rows.map((row) => row.figures[name]),
        shown.rows.map((row) => row.figures[name]),
      ),
    ]),
  );
  return { dimensions: [...table.dimensions], rows, totals };
}

/**
 * A two-dimensional breakdown lists only the combinations that have data, so an attacker reads a missing one as
 * zero. Where a whole figure column is withheld, that zero can still pin a small cell through the margins and the
 * grand total that other queries publish (a row's total less a column's, when the rest of the column is empty).
 * So a table with a withheld column lists every combination of its row and column values, the missing ones as
 * zeros, which the withheld columns then hide like any other cell.
 */
function withGridCompleted(table: FigureTable, kinds: FigureKinds, withheld: ReadonlyMap<string, Withholding>): FigureTable {
  const wholeColumnWithheld = [...withheld.values()].some((withholding) => withholding.reason === 'BREAKDOWN_WITHHELD');
  if (table.dimensions.length !== 2 || !wholeColumnWithheld) return table;
  const present = new Set(table.rows.map((row) => keyId(row.key)));
  const firsts = [...new Set(table.rows.map((row) => row.key[0]))];
  const seconds = [...new Set(table.rows.map((row) => row.key[1]))];
  const missing = firsts
    .flatMap((first) => seconds.map((second) => [first, second]))
    .filter((key) => !present.has(keyId(key)))
    .sort(compareKeys)
    .map((key) => ({ key, figures: Object.fromEntries([...kinds].map(([name, kind]) => [name, zeroOf(kind)])) }));
  return { ...table, rows: [...table.rows, ...missing] };
}

function zeroOf(kind: RawFigure['kind']): RawFigure {
  if (kind === 'count') return { kind, value: 0 };
  if (kind === 'rate') return { kind, numerator: 0, base: 0 };
  return { kind, value: null, base: 0 };
}

/** Cells (row indices in the caller's order) withheld beyond the small-count and small-base rules. */
interface Withholding {
  rows: Set<number>;
  reason: 'SECONDARY' | 'BREAKDOWN_WITHHELD';
}

function withheldFigure(kind: RawFigure['kind'], reason: Withholding['reason']): PublishedFigure {
  return { kind, value: null, suppressed: true, reason, base: null };
}

/** The number published as a count: the count itself, or a rate's or statistic's base. */
function quantityOf(figure: RawFigure): number {
  return figure.kind === 'count' ? figure.value : figure.base;
}

/**
 * Per figure name, the secondary suppressions; or, when even those leave a small count pinned, the whole
 * column, zeros included. That happens when the cells around a small one sit at the bottom of their ranges
 * (a SECONDARY cell is known to be at least 8, a shown 10 at least 8) and the total at the top of its own.
 * Cells are guarded in key order, so the result does not depend on the order of the rows.
 */
function withholdings(table: FigureTable, kinds: FigureKinds): Map<string, Withholding> {
  const order = table.rows.map((_, index) => index).sort((a, b) => compareKeys(table.rows[a].key, table.rows[b].key));
  const surroundings = surroundingsOf(table, publishTable);
  const result = new Map<string, Withholding>();
  for (const name of kinds.keys()) {
    const cells: GuardedCell[] = order.map((index) => ({
      ...surroundings.endpoints(table.rows[index].key),
      quantity: quantityOf(table.rows[index].figures[name]),
    }));
    const outcome = guardAgainstDifferencing(cells, surroundings.margins(name, cells));
    result.set(
      name,
      outcome.unprotected.length > 0
        ? { rows: new Set(order), reason: 'BREAKDOWN_WITHHELD' }
        : { rows: new Set([...outcome.secondary].map((position) => order[position])), reason: 'SECONDARY' },
    );
  }
  return result;
}
