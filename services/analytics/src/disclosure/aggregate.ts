import { DisclosureError } from './disclosure-error';
import type { FigureTable, RawFigure } from './figures';
import { figureKinds, keyId } from './table-shape';

/**
 * The same figures grouped by fewer dimensions: what a query grouping by `keepDimensions` alone would return.
 * Counts, and rates' numerators and bases, are summed. A statistic (median, p90, mean, sum) cannot be worked
 * out from its cells' statistics, so it keeps its summed base (a count, which disclosure control must see) and
 * a null value; a caller wanting the statistic itself computes it from the observations.
 */
export function aggregate(table: FigureTable, keepDimensions: string[]): FigureTable {
  figureKinds(table);
  const positions = keepDimensions.map((dimension) => table.dimensions.indexOf(dimension));
  if (positions.includes(-1) || new Set(keepDimensions).size !== keepDimensions.length) {
    throw new DisclosureError('INVALID_TABLE', `Cannot keep ${JSON.stringify(keepDimensions)} of ${JSON.stringify(table.dimensions)}`);
  }
  const groups = new Map<string, { key: string[]; figures: Record<string, RawFigure> }>();
  for (const row of table.rows) {
    const key = positions.map((position) => row.key[position]);
    const group = groups.get(keyId(key));
    if (group === undefined) {
      groups.set(keyId(key), { key, figures: Object.fromEntries(Object.entries(row.figures).map(([name, figure]) => [name, withoutStatistic(figure)])) });
    } else {
      for (const [name, figure] of Object.entries(row.figures)) group.figures[name] = add(group.figures[name], figure);
    }
  }
  return { dimensions: [...keepDimensions], rows: [...groups.values()] };
}

function withoutStatistic(figure: RawFigure): RawFigure {
  return figure.kind === 'statistic' ? { kind: 'statistic', value: null, base: figure.base } : { ...figure };
}

/** `figureKinds` has checked that both are of the same kind. */
function add(sum: RawFigure, next: RawFigure): RawFigure {
  switch (sum.kind) {
    case 'count':
      return { kind: 'count', value: sum.value + (next.kind === 'count' ? next.value : 0) };
    case 'rate':
      return next.kind === 'rate' ? { kind: 'rate', numerator: sum.numerator + next.numerator, base: sum.base + next.base } : sum;
    case 'statistic':
      return { kind: 'statistic', value: null, base: sum.base + (next.kind === 'statistic' ? next.base : 0) };
    default: {
      const unhandled: never = sum;
      throw new Error(`Unhandled figure kind: ${JSON.stringify(unhandled)}`);
    }
  }
}
