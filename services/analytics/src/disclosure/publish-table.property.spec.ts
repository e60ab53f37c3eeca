import fc from 'fast-check';
import { aggregate } from './aggregate';
import type { FigureTable, PublishedFigure, PublishedTable, RawFigure } from './figures';
import { publishTable } from './publish-table';
import { exposedSmallCounts } from './testing/attacker-oracle';
import { attackerView, sumsBy } from './testing/tables';

/** Mostly small counts, often right at a rounding edge, sometimes anything up to 40. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 9 }) },
  { weight: 2, arbitrary: fc.constantFrom(8, 12, 13, 17, 18, 22) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) },
);

const figures = fc
  .record({ people: count, base: count, share: fc.double({ min: 0, max: 1, noNaN: true }), hours: fc.double({ min: 0, max: 50, noNaN: true }) })
  .map(({ people, base, share, hours }): Record<string, RawFigure> => ({
    people: { kind: 'count', value: people },
    completion: { kind: 'rate', numerator: Math.floor(share * base), base },
    hours: { kind: 'statistic', value: base === 0 ? null : hours, base },
  }));

const oneDimension: fc.Arbitrary<FigureTable> = fc.array(figures, { minLength: 1, maxLength: 6 }).map((rows) => ({
  dimensions: ['organisation'],
  rows: rows.map((row, index) => ({ key: [`org${index}`], figures: row })),
}));

/** Up to 3 x 4; a combination is sometimes missing, as a GROUP BY leaves out empty ones. */
const twoDimensions: fc.Arbitrary<FigureTable> = fc
  .record({ height: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 1, max: 4 }) })
  .chain(({ height, width }) => fc.array(fc.option(figures, { freq: 6 }), { minLength: height * width, maxLength: height * width }).map((cells) => ({ width, cells })))
  .filter(({ cells }) => cells.some((cell) => cell !== null))
  .map(({ width, cells }) => ({
    dimensions: ['organisation', 'month'],
    rows: cells.flatMap((cell, index) => (cell === null ? [] : [{ key: [`org${Math.floor(index / width)}`, `m${index % width}`], figures: cell }])),
  }));

const anyTable = fc.oneof(oneDimension, twoDimensions);
const NAMES = ['people', 'completion', 'hours'];

/** The number each figure publishes as a count: the count, or a rate's or statistic's base. */
function shownCount(figure: PublishedFigure): number | null {
  return figure.kind === 'count' ? figure.value : figure.base;
}

function rawCount(figure: RawFigure): number {
  return figure.kind === 'count' ? figure.value : figure.base;
}

/** Every published table an attacker sees for this scope, with the raw table each came from. */
function everything(table: FigureTable): Array<[FigureTable, PublishedTable]> {
  const tables = [table, sumsBy(table, []), ...(table.dimensions.length === 2 ? table.dimensions.map((dimension) => sumsBy(table, [dimension])) : [])];
  return tables.map((raw) => [raw, publishTable(raw)]);
}

function byKey(table: PublishedTable): Record<string, Record<string, PublishedFigure>> {
  return Object.fromEntries(table.rows.map((row) => [row.key.join('/'), row.figures]));
}

describe('publishTable over random tables', () => {
  it('never shows a count (or base) of 1 to 7', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        for (const [, published] of everything(table)) {
          for (const figure of [...published.rows.flatMap((row) => Object.values(row.figures)), ...Object.values(published.totals)]) {
            const shown = shownCount(figure);
            expect(shown === null || shown === 0 || shown >= 10).toBe(true);
          }
        }
      }),
    );
  });

  it('shows each count (or base) as 0 or a multiple of 5 within 2 of the truth, or not at all', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        for (const [raw, published] of everything(table)) {
          raw.rows.forEach((row, index) => {
            for (const name of NAMES) {
              const shown = shownCount(published.rows[index].figures[name]);
              if (shown === null) continue;
              expect(shown % 5).toBe(0);
              expect(Math.abs(shown - rawCount(row.figures[name]))).toBeLessThanOrEqual(2);
            }
          });
        }
      }),
    );
  });

  it('totals what the cells show', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const published = publishTable(table);
        const cells = published.rows.map((row) => row.figures);
        expect(published.totals.people.value).toBe(cells.reduce((sum, figures) => sum + (figures.people.value ?? 0), 0));
        expect(published.totals.completion.base).toBe(cells.reduce((sum, figures) => sum + (figures.completion.base ?? 0), 0));
        expect(published.totals.hours.base).toBe(cells.reduce((sum, figures) => sum + (figures.hours.base ?? 0), 0));
        expect(published.totals.people.incomplete).toBe(cells.some((figures) => figures.people.value === null));
      }),
    );
  });

  it.each([
    ['what is published', false],
    ['what is published and the exact grand total', true],
  ])('leaves every withheld small count at least two possible values, for an attacker knowing %s', (_, exactShownGrandTotal) => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const view = attackerView(table);
        for (const name of NAMES) expect(exposedSmallCounts(table, view, name, { exactShownGrandTotal })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('publishes the same table the same way, whatever the order of its rows', () => {
    fc.assert(
      fc.property(
        anyTable.chain((table) => fc.shuffledSubarray(table.rows, { minLength: table.rows.length, maxLength: table.rows.length }).map((rows) => [table, { ...table, rows }] as const)),
        ([table, shuffled]) => {
          const published = publishTable(table);
          expect(publishTable(table)).toEqual(published);
          const again = publishTable(shuffled);
          expect(byKey(again)).toEqual(byKey(published));
          expect(again.totals).toEqual(published.totals);
        },
      ),
    );
  });

  it('aggregates as a coarser query would', () => {
    fc.assert(
      fc.property(twoDimensions, fc.subarray(['organisation', 'month']), (table, keep) => {
        const sorted = (t: FigureTable): FigureTable => ({ ...t, rows: [...t.rows].sort((a, b) => a.key.join('/').localeCompare(b.key.join('/'))) });
        expect(sorted(aggregate(table, keep))).toEqual(sorted(sumsBy(table, keep)));
      }),
    );
  });
});
