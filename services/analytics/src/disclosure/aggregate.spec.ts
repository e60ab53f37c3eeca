import { aggregate } from './aggregate';
import type { FigureTable } from './figures';

const table: FigureTable = {
  dimensions: ['organisation', 'month'],
  rows: [
    {
      key: ['Leeds', '2025-01'],
      figures: { pairs: { kind: 'count', value: 3 }, completion: { kind: 'rate', numerator: 2, base: 5 }, hours: { kind: 'statistic', value: 1.5, base: 5 } },
    },
    {
      key: ['Leeds', '2025-02'],
      figures: { pairs: { kind: 'count', value: 10 }, completion: { kind: 'rate', numerator: 4, base: 9 }, hours: { kind: 'statistic', value: 2, base: 9 } },
    },
    {
      key: ['York', '2025-01'],
      figures: { pairs: { kind: 'count', value: 0 }, completion: { kind: 'rate', numerator: 0, base: 0 }, hours: { kind: 'statistic', value: null, base: 0 } },
    },
  ],
};

function byKey(result: FigureTable): Record<string, FigureTable['rows'][number]['figures']> {
  return Object.fromEntries(result.rows.map((row) => [row.key.join('/'), row.figures]));
}

describe('aggregate', () => {
  it('sums counts, numerators and bases, and keeps only the base of a statistic', () => {
    const result = aggregate(table, ['organisation']);
    expect(result.dimensions).toEqual(['organisation']);
    expect(byKey(result)).toEqual({
      Leeds: { pairs: { kind: 'count', value: 13 }, completion: { kind: 'rate', numerator: 6, base: 14 }, hours: { kind: 'statistic', value: null, base: 14 } },
      York: { pairs: { kind: 'count', value: 0 }, completion: { kind: 'rate', numerator: 0, base: 0 }, hours: { kind: 'statistic', value: null, base: 0 } },
    });
  });

  it('gives one row with an empty key when no dimension is kept', () => {
    expect(aggregate(table, [])).toEqual({
      dimensions: [],
      rows: [{ key: [], figures: { pairs: { kind: 'count', value: 13 }, completion: { kind: 'rate', numerator: 6, base: 14 }, hours: { kind: 'statistic', value: null, base: 14 } } }],
    });
  });

  it('reorders keys when the dimensions are kept in another order', () => {
    expect(Object.keys(byKey(aggregate(table, ['month', 'organisation']))).sort()).toEqual(['2025-01/Leeds', '2025-01/York', '2025-02/Leeds']);
  });

  it('leaves the input untouched', () => {
    const before = JSON.stringify(table);
    aggregate(table, ['month']);
    expect(JSON.stringify(table)).toBe(before);
  });

  it.each([
    ['an unknown dimension', ['programme']],
    ['a dimension twice', ['month', 'month']],
  ])('refuses %s', (_, keep) => {
    expect(() => aggregate(table, keep)).toThrow(expect.objectContaining({ code: 'INVALID_TABLE' }) as Error);
  });
});
