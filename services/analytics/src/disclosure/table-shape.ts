import { DisclosureError } from './disclosure-error';
import type { FigureTable, RawFigure } from './figures';
import { assertValidFigure } from './publish-figure';

export type FigureKinds = ReadonlyMap<string, RawFigure['kind']>;

/** A key as one string, for maps; JSON keeps ['a,b'] and ['a', 'b'] apart. */
export function keyId(key: readonly string[]): string {
  return JSON.stringify(key);
}

/** By code unit, never by locale: the same table must be published the same way on every machine. */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Checks that every row fits the table (key length, unique keys, the same figures of the same kinds) and
 * returns the figures' kinds. The guard reasons about columns, so a ragged table has no safe reading.
 */
export function figureKinds(table: FigureTable): FigureKinds {
  if (new Set(table.dimensions).size !== table.dimensions.length) {
    throw new DisclosureError('INVALID_TABLE', `Repeated dimension in ${JSON.stringify(table.dimensions)}`);
  }
  const kinds = new Map<string, RawFigure['kind']>();
  const seen = new Set<string>();
  table.rows.forEach((row, index) => {
    if (row.key.length !== table.dimensions.length) {
      throw new DisclosureError('INVALID_TABLE', `Row ${index} has key ${JSON.stringify(row.key)} for dimensions ${JSON.stringify(table.dimensions)}`);
    }
    const id = keyId(row.key);
    if (seen.has(id)) throw new DisclosureError('INVALID_TABLE', `Key ${id} appears twice`);
    seen.add(id);
    const names = Object.keys(row.figures);
    if (index === 0) names.forEach((name) => kinds.set(name, row.figures[name].kind));
    if (names.length !== kinds.size || names.some((name) => kinds.get(name) !== row.figures[name].kind)) {
      throw new DisclosureError('INVALID_TABLE', `Row ${id} does not have the same figures, of the same kinds, as the first row`);
    }
    names.forEach((name) => assertValidFigure(row.figures[name]));
  });
  return kinds;
}
