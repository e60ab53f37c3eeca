import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { PublishedTable } from '../disclosure/figures';
import {
  notAvailable,
  secondary,
  shownCount,
  shownRate,
  shownStatistic,
  smallBase,
  smallCount,
} from './published-figures.fixtures';
import { tableToCsv } from './table-csv';

const organisations: Record<string, string> = {
  rxa: 'Northshire Hospitals NHS Trust',
  rxb: 'Southshire "Community" Trust',
};

const sessionsByMonth: PublishedTable = {
  dimensions: ['organisation', 'month'],
  rows: [
    {
      key: ['rxa', '2025-04'],
      figures: { sessions: shownCount(45), cancelled: shownRate(12, 50), medianMinutes: shownStatistic(55.5, 45) },
    },
    {
      key: ['rxa', '2025-05'],
      figures: { sessions: smallCount(), cancelled: smallBase('rate'), medianMinutes: smallBase('statistic') },
    },
    {
      key: ['rxb', '2025-04'],
      figures: { sessions: secondary('count'), cancelled: secondary('rate', 20), medianMinutes: notAvailable() },
    },
  ],
  totals: { sessions: shownCount(45), cancelled: shownRate(10, 60), medianMinutes: shownStatistic(52, 55) },
};

const columns = {
  figureNames: ['sessions', 'cancelled', 'medianMinutes'],
  figureLabels: { sessions: 'Sessions held', cancelled: 'Sessions cancelled', medianMinutes: 'Median length, minutes' },
  dimensionLabels: { organisation: 'Organisation' },
  keyLabels: (dimension: string, key: string) => (dimension === 'organisation' ? organisations[key] : key),
};

const oneKeyTable = (key: string): PublishedTable => ({
  dimensions: ['reason'],
  rows: [{ key: [key], figures: { closed: shownCount(10) } }],
  totals: { closed: shownCount(10) },
});

describe('tableToCsv', () => {
  it('writes a header, one line per row and a Total line, withheld figures as their symbols', () => {
    expect(tableToCsv(sessionsByMonth, columns)).toBe(
      'Organisation,month,Sessions held,Sessions cancelled (%),"Median length, minutes"\r\n' +
        'Northshire Hospitals NHS Trust,2025-04,45,12,55.5\r\n' +
        'Northshire Hospitals NHS Trust,2025-05,[c],[w],[w]\r\n' +
        '"Southshire ""Community"" Trust",2025-04,[c],[c],[x]\r\n' +
        'Total,,45,10,52.0\r\n',
    );
  });

  it('shows the figures asked for, in the order asked, named by their own names when unlabelled', () => {
    expect(tableToCsv(sessionsByMonth, { figureNames: ['medianMinutes', 'sessions'] })).toBe(
      'organisation,month,medianMinutes,sessions\r\n' +
        'rxa,2025-04,55.5,45\r\n' +
        'rxa,2025-05,[w],[c]\r\n' +
        'rxb,2025-04,[x],[c]\r\n' +
        'Total,,52.0,45\r\n',
    );
  });

  it('writes an ungrouped figure set as its one row, with no Total', () => {
    const ungrouped: PublishedTable = {
      dimensions: [],
      rows: [{ key: [], figures: { requests: shownCount(120), matched: shownRate(85, 120) } }],
      totals: { requests: shownCount(120), matched: shownRate(85, 120) },
    };
    expect(tableToCsv(ungrouped, { figureNames: ['requests', 'matched'] })).toBe('requests,matched (%)\r\n120,85\r\n');
  });

  it('never prints null, NaN or undefined for a figure without a value', () => {
    const odd: PublishedTable = {
      dimensions: ['month'],
      rows: [{ key: ['2025-04'], figures: { hours: { ...shownStatistic(1, 10), value: Number.NaN } } }],
      totals: { hours: notAvailable() },
    };
    expect(tableToCsv(odd, { figureNames: ['hours'] })).toBe('month,hours\r\n2025-04,[x]\r\nTotal,[x]\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    const keys = ['=HYPERLINK("http://x","y")', '+44 20', '-1', '@SUM(A1)', '\tTabbed', '\rReturn'];
    for (const key of keys) {
      const csv = tableToCsv(oneKeyTable(key), { figureNames: ['closed'] });
      const [, row] = parse(csv, { relax_column_count: true });
      expect(row[0]).toBe(`'${key}`);
    }
  });

  it('leaves text alone that only contains those characters later on', () => {
    const csv = tableToCsv(oneKeyTable('Moved to a non-NHS employer = left'), { figureNames: ['closed'] });
    expect(csv).toContain('\r\nMoved to a non-NHS employer = left,10\r\n');
  });

  it('guards headings too, since labels may come from configuration', () => {
    const csv = tableToCsv(oneKeyTable('a'), { figureNames: ['closed'], dimensionLabels: { reason: '=cmd' } });
    expect(csv.startsWith("'=cmd,closed\r\n")).toBe(true);
  });

  it('keeps a label whose name is also an Object.prototype property as the name itself', () => {
    const table: PublishedTable = {
      dimensions: ['constructor'],
      rows: [{ key: ['x'], figures: { toString: shownCount(5) } }],
      totals: { toString: shownCount(5) },
    };
    expect(tableToCsv(table, { figureNames: ['toString'], figureLabels: {}, dimensionLabels: {} })).toBe(
      'constructor,toString\r\nx,5\r\nTotal,5\r\n',
    );
  });

  it('refuses a figure the table does not have', () => {
    expect(() => tableToCsv(sessionsByMonth, { figureNames: ['hours'] })).toThrow('no figure named "hours"');
  });

  it('reads back, through an independent CSV parser, to exactly the keys and lines it was given', () => {
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (keys) => {
        const table: PublishedTable = {
          dimensions: ['site', 'team'],
          rows: keys.map((key) => ({ key, figures: { n: shownCount(5) } })),
          totals: { n: shownCount(5 * keys.length) },
        };
        const records = parse(tableToCsv(table, { figureNames: ['n'] }));
        const unguard = (cell: string, original: string) =>
          /^[=+\-@\t\r]/.test(original) ? cell.replace(/^'/, '') : cell;
        expect(records).toHaveLength(keys.length + 2);
        records.slice(1, -1).forEach((record, i) => {
          expect([unguard(record[0], keys[i][0]), unguard(record[1], keys[i][1]), record[2]]).toEqual([
            ...keys[i],
            '5',
          ]);
        });
        expect(records[records.length - 1]).toEqual(['Total', '', String(5 * keys.length)]);
      }),
    );
  });
});
