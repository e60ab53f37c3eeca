import type { FigureTable } from './figures';
import { publishTable } from './publish-table';
import { exposedSmallCounts } from './testing/attacker-oracle';
import { attackerView, countTable, shownOf } from './testing/tables';

describe('publishTable', () => {
  describe('one dimension', () => {
    it('rounds each cell and totals what is shown', () => {
      const published = publishTable(countTable(['organisation'], { Leeds: 12, York: 13, Hull: 0 }));
      expect(shownOf(published)).toEqual({ Leeds: 10, York: 15, Hull: 0 });
      expect(published.totals.people).toEqual({ kind: 'count', value: 25, suppressed: false, reason: null, base: null, incomplete: false });
    });

    it('withholds a second cell when the total would give a small one away', () => {
      // Total 22 (shown 20, at most 22), Leeds 1, York 8 (shown 10, so at least 8), Hull 13 (shown 15, at least 13):
      // Leeds <= 22 - 8 - 13 = 1. Withholding York (the smallest) changes nothing, since a SECONDARY cell is
      // known to be at least 8; withholding Hull leaves Leeds <= 22 - 8 - 8 = 6.
      const published = publishTable(countTable(['organisation'], { Leeds: 1, York: 8, Hull: 13 }));
      expect(shownOf(published)).toEqual({ Leeds: 'SMALL_COUNT', York: 10, Hull: 'SECONDARY' });
      expect(published.totals.people).toMatchObject({ value: 10, incomplete: true });
    });

    it('withholds the whole breakdown when no secondary suppression can protect a small cell', () => {
      // Total 17 (at most 17); York and Hull are 8: shown or SECONDARY, each is at least 8, so Leeds <= 1.
      const published = publishTable(countTable(['organisation'], { Leeds: 1, York: 8, Hull: 8 }));
      expect(shownOf(published)).toEqual({ Leeds: 'BREAKDOWN_WITHHELD', York: 'BREAKDOWN_WITHHELD', Hull: 'BREAKDOWN_WITHHELD' });
      expect(published.rows[0].figures.people).toEqual({ kind: 'count', value: null, suppressed: true, reason: 'BREAKDOWN_WITHHELD', base: null });
      expect(published.totals.people).toMatchObject({ value: 0, incomplete: true });
    });

    it('lets two small cells shield each other', () => {
      // Total 37: Leeds + York = 37 - Hull, Hull 28 to 32, so together 5 to 9 and each anywhere from 1 to 7.
      expect(shownOf(publishTable(countTable(['organisation'], { Leeds: 2, York: 5, Hull: 30 })))).toEqual({ Leeds: 'SMALL_COUNT', York: 'SMALL_COUNT', Hull: 30 });
    });

    it('needs nothing more for a small cell among zeros when the total is small too', () => {
      // The ungrouped figure is withheld as well, so Leeds = total tells nobody anything.
      expect(shownOf(publishTable(countTable(['organisation'], { Leeds: 3, York: 0, Hull: 0 })))).toEqual({ Leeds: 'SMALL_COUNT', York: 0, Hull: 0 });
    });

    it('guards each figure on its own', () => {
      const table: FigureTable = {
        dimensions: ['organisation'],
        rows: [
          { key: ['Leeds'], figures: { people: { kind: 'count', value: 1 }, sessions: { kind: 'count', value: 20 } } },
          { key: ['York'], figures: { people: { kind: 'count', value: 8 }, sessions: { kind: 'count', value: 20 } } },
          { key: ['Hull'], figures: { people: { kind: 'count', value: 13 }, sessions: { kind: 'count', value: 20 } } },
        ],
      };
      const published = publishTable(table);
      expect(shownOf(published, 'people')).toEqual({ Leeds: 'SMALL_COUNT', York: 10, Hull: 'SECONDARY' });
      expect(shownOf(published, 'sessions')).toEqual({ Leeds: 20, York: 20, Hull: 20 });
    });
  });

  describe('two dimensions', () => {
    it('withholds a second cell when the margins would give a small one away', () => {
      // Leeds/Jan 13, Leeds/Feb 9, York/Jan 1, York/Feb 9. Published beside it: Feb 18 (shown 20, so at least 18)
      // and the total 32 (at most 32), so Jan <= 14; Leeds/Jan is shown as 15 (at least 13), so York/Jan <= 1.
      // Withholding York/Feb (smaller, same row) does not help; withholding Leeds/Jan (same column) leaves
      // York/Jan <= 14 - 8 = 6.
      const published = publishTable(countTable(['organisation', 'month'], { 'Leeds/Jan': 13, 'Leeds/Feb': 9, 'York/Jan': 1, 'York/Feb': 9 }));
      expect(shownOf(published)).toEqual({ 'Leeds/Jan': 'SECONDARY', 'Leeds/Feb': 10, 'York/Jan': 'SMALL_COUNT', 'York/Feb': 10 });
      expect(published.totals.people).toMatchObject({ value: 20, incomplete: true });
    });

    it('withholds the whole breakdown when the margins pin a small cell whatever is withheld', () => {
      // Leeds/Jan 9, Leeds/Feb 4, York/Jan 1, York/Feb 8. Leeds is 13 (shown 15, at least 13) and the total 22
      // (at most 22), so York <= 9; York/Feb is 8 and at least 8 however it is shown, so York/Jan <= 1.
      const published = publishTable(countTable(['organisation', 'month'], { 'Leeds/Jan': 9, 'Leeds/Feb': 4, 'York/Jan': 1, 'York/Feb': 8 }));
      expect(new Set(Object.values(shownOf(published)))).toEqual(new Set(['BREAKDOWN_WITHHELD']));
    });

    it('treats a missing combination as a zero', () => {
      expect(shownOf(publishTable(countTable(['organisation', 'month'], { 'Leeds/Jan': 20, 'York/Feb': 30 })))).toEqual({ 'Leeds/Jan': 20, 'York/Feb': 30 });
    });
  });

  describe('rates and statistics', () => {
    it('guards a rate through its base and totals the shown cells only', () => {
      // Bases 1, 8 and 13 are the counts of the secondary example above; the total is over York alone.
      const table: FigureTable = {
        dimensions: ['organisation'],
        rows: [
          { key: ['Leeds'], figures: { completion: { kind: 'rate', numerator: 1, base: 1 } } },
          { key: ['York'], figures: { completion: { kind: 'rate', numerator: 4, base: 8 } } },
          { key: ['Hull'], figures: { completion: { kind: 'rate', numerator: 13, base: 13 } } },
        ],
      };
      const published = publishTable(table);
      expect(published.rows.map((row) => row.figures.completion)).toEqual([
        { kind: 'rate', value: null, suppressed: true, reason: 'SMALL_BASE', base: null },
        { kind: 'rate', value: 50, suppressed: false, reason: null, base: 10 },
        { kind: 'rate', value: null, suppressed: true, reason: 'SECONDARY', base: null },
      ]);
      expect(published.totals.completion).toEqual({ kind: 'rate', value: 50, suppressed: false, reason: null, base: 10, incomplete: true });
    });

    it('totals a rate from the summed numerators and bases', () => {
      // 1 of 10 and 9 of 20: 10 of 30 is 33%; the bases are shown as 10 and 20.
      const table: FigureTable = {
        dimensions: ['organisation'],
        rows: [
          { key: ['Leeds'], figures: { completion: { kind: 'rate', numerator: 1, base: 10 } } },
          { key: ['York'], figures: { completion: { kind: 'rate', numerator: 9, base: 20 } } },
        ],
      };
      expect(publishTable(table).totals.completion).toEqual({ kind: 'rate', value: 33, suppressed: false, reason: null, base: 30, incomplete: false });
    });

    it('gives a statistic total its shown base but no value', () => {
      const table: FigureTable = {
        dimensions: ['organisation'],
        rows: [
          { key: ['Leeds'], figures: { hours: { kind: 'statistic', value: 1.25, base: 12 } } },
          { key: ['York'], figures: { hours: { kind: 'statistic', value: 3, base: 3 } } },
          { key: ['Hull'], figures: { hours: { kind: 'statistic', value: 2, base: 30 } } },
        ],
      };
      const published = publishTable(table);
      expect(published.rows.map((row) => row.figures.hours.value)).toEqual([1.3, null, 2]);
      expect(published.totals.hours).toEqual({ kind: 'statistic', value: null, suppressed: false, reason: null, base: 40, incomplete: true });
    });

    it('gives an ungrouped table its one row as the total', () => {
      const published = publishTable({ dimensions: [], rows: [{ key: [], figures: { hours: { kind: 'statistic', value: 2.04, base: 9 } } }] });
      expect(published.rows[0].figures.hours).toEqual({ kind: 'statistic', value: 2, suppressed: false, reason: null, base: 10 });
      expect(published.totals.hours).toEqual({ kind: 'statistic', value: 2, suppressed: false, reason: null, base: 10, incomplete: false });
    });
  });

  it('publishes an empty table as empty', () => {
    expect(publishTable({ dimensions: ['organisation'], rows: [] })).toEqual({ dimensions: ['organisation'], rows: [], totals: {} });
  });

  it.each<[string, string, FigureTable]>([
    ['three dimensions', 'UNSUPPORTED_DIMENSIONS', countTable(['organisation', 'month', 'programme'], { 'Leeds/Jan/Coaching': 10 })],
    ['a repeated key', 'INVALID_TABLE', { dimensions: ['organisation'], rows: [0, 1].map(() => ({ key: ['Leeds'], figures: { people: { kind: 'count', value: 10 } } })) }],
    ['a key of the wrong length', 'INVALID_TABLE', countTable(['organisation'], { 'Leeds/Jan': 10 })],
    [
      'rows with different figures',
      'INVALID_TABLE',
      {
        dimensions: ['organisation'],
        rows: [
          { key: ['Leeds'], figures: { people: { kind: 'count', value: 10 } } },
          { key: ['York'], figures: { people: { kind: 'rate', numerator: 1, base: 10 } } },
        ],
      },
    ],
  ])('refuses %s', (_, code, table) => {
    expect(() => publishTable(table)).toThrow(expect.objectContaining({ code }) as Error);
  });

  it('lists a missing combination as withheld when its column is withheld, so the margins cannot pin a small cell through it', () => {
    // Found by the property test: org1 has nothing in m0, so org0/m0 is the whole of m0, and with the 1-D totals
    // (each at the top of its rounding) and an exact grand total, org0/m2 = org0 - m0 = 5 whatever this table shows.
    const base = (value: number) => ({ kind: 'rate' as const, numerator: 0, base: value });
    const table: FigureTable = {
      dimensions: ['organisation', 'month'],
      rows: [
        { key: ['org0', 'm0'], figures: { completion: base(17) } },
        { key: ['org0', 'm2'], figures: { completion: base(5) } },
        { key: ['org1', 'm2'], figures: { completion: base(27) } },
      ],
    };
    const published = publishTable(table);
    expect(published.rows.map((row) => [row.key.join('/'), row.figures.completion.reason])).toEqual([
      ['org0/m0', 'BREAKDOWN_WITHHELD'],
      ['org0/m2', 'BREAKDOWN_WITHHELD'],
      ['org1/m2', 'BREAKDOWN_WITHHELD'],
      ['org1/m0', 'BREAKDOWN_WITHHELD'],
    ]);
    expect(exposedSmallCounts(table, attackerView(table), 'completion', { exactShownGrandTotal: true })).toEqual([]);
  });
});
