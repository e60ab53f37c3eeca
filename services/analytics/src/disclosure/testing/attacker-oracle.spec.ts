import type { FigureTable, PublishedTable } from '../figures';
import { publishFigure } from '../publish-figure';
import { exposedSmallCounts } from './attacker-oracle';
import { countTable, sumsBy } from './tables';

/** Small-count rule and rounding only, no guard: what the oracle must catch. */
function unguarded(table: FigureTable): PublishedTable {
  return {
    dimensions: table.dimensions,
    rows: table.rows.map((row) => ({ key: row.key, figures: { people: publishFigure(row.figures.people) } })),
    totals: {},
  };
}

function unguardedView(table: FigureTable): Parameters<typeof exposedSmallCounts>[1] {
  return {
    breakdown: unguarded(table),
    byDimension: table.dimensions.length === 2 ? table.dimensions.map((dimension) => unguarded(sumsBy(table, [dimension]))) : [],
    ungrouped: unguarded(sumsBy(table, [])),
  };
}

describe('the attacker oracle', () => {
  it('works out a small cell that rounding alone leaves exposed in one dimension', () => {
    // Total at most 22, York at least 8, Hull at least 13: Leeds is 1.
    const table = countTable(['organisation'], { Leeds: 1, York: 8, Hull: 13 });
    expect(exposedSmallCounts(table, unguardedView(table), 'people')).toEqual([{ where: 'cell Leeds', trueValue: 1, consistent: [1] }]);
  });

  it('works out a small cell through the margins of two dimensions', () => {
    // Feb at least 18 and total at most 32: Jan at most 14; Leeds/Jan at least 13, so York/Jan is 1.
    const table = countTable(['organisation', 'month'], { 'Leeds/Jan': 13, 'Leeds/Feb': 9, 'York/Jan': 1, 'York/Feb': 9 });
    expect(exposedSmallCounts(table, unguardedView(table), 'people')).toEqual([{ where: 'cell York/Jan', trueValue: 1, consistent: [1] }]);
  });

  it('uses an exact grand total only when told the attacker has one', () => {
    // Total 14 (shown 15, so 13 to 17), Hull 13 (13 to 17): Leeds anywhere from 1 to 4, unless the total is known.
    const table = countTable(['organisation'], { Leeds: 1, Hull: 13 });
    expect(exposedSmallCounts(table, unguardedView(table), 'people')).toEqual([]);
    expect(exposedSmallCounts(table, unguardedView(table), 'people', { exactShownGrandTotal: true })).toEqual([{ where: 'cell Leeds', trueValue: 1, consistent: [1] }]);
  });

  it('finds nothing where the small cells have room', () => {
    const table = countTable(['organisation', 'month'], { 'Leeds/Jan': 3, 'Leeds/Feb': 4, 'York/Jan': 20, 'York/Feb': 30 });
    expect(exposedSmallCounts(table, unguardedView(table), 'people')).toEqual([]);
  });
});
