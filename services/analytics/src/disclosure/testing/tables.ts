import type { FigureTable, PublishedTable, RawFigure } from '../figures';
import { publishTable } from '../publish-table';
import type { AttackerView } from './attacker-oracle';

/** A table of one count figure from `{ 'a/b': 3 }`: keys are the dimension values joined by '/'. */
export function countTable(dimensions: string[], counts: Record<string, number>, name = 'people'): FigureTable {
  return {
    dimensions,
    rows: Object.entries(counts).map(([key, value]) => ({ key: dimensions.length === 0 ? [] : key.split('/'), figures: { [name]: { kind: 'count', value } } })),
  };
}

/** What a reader sees of one figure, by key: the shown value, or the reason it is withheld. */
export function shownOf(table: PublishedTable, name = 'people'): Record<string, number | string | null> {
  return Object.fromEntries(table.rows.map((row) => [row.key.join('/'), row.figures[name].reason ?? row.figures[name].value]));
}

/**
 * The table a query grouping by `dimensions` alone would return, summed here without `aggregate` so the tests
 * do not rest on the code they check. Statistics keep their summed base only.
 */
export function sumsBy(table: FigureTable, dimensions: string[]): FigureTable {
  const positions = dimensions.map((dimension) => table.dimensions.indexOf(dimension));
  const groups = new Map<string, { key: string[]; figures: Record<string, RawFigure> }>();
  for (const row of table.rows) {
    const key = positions.map((position) => row.key[position]);
    const group = groups.get(key.join('\u0000')) ?? { key, figures: {} };
    groups.set(key.join('\u0000'), group);
    for (const [name, figure] of Object.entries(row.figures)) {
      const sum = group.figures[name];
      if (figure.kind === 'count') group.figures[name] = { kind: 'count', value: figure.value + (sum?.kind === 'count' ? sum.value : 0) };
      if (figure.kind === 'rate') {
        group.figures[name] = {
          kind: 'rate',
          numerator: figure.numerator + (sum?.kind === 'rate' ? sum.numerator : 0),
          base: figure.base + (sum?.kind === 'rate' ? sum.base : 0),
        };
      }
      if (figure.kind === 'statistic') group.figures[name] = { kind: 'statistic', value: null, base: figure.base + (sum?.kind === 'statistic' ? sum.base : 0) };
    }
  }
  return { dimensions, rows: [...groups.values()] };
}

/** Everything published about the scope of a 1-D or 2-D breakdown. */
export function attackerView(table: FigureTable): AttackerView {
  return {
    breakdown: publishTable(table),
    byDimension: table.dimensions.length === 2 ? table.dimensions.map((dimension) => publishTable(sumsBy(table, [dimension]))) : [],
    ungrouped: publishTable(sumsBy(table, [])),
  };
}
