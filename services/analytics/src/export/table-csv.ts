import type { PublishedFigure, PublishedTable } from '../disclosure/figures';
import { layOutTable, type TableColumns } from './table-layout';
import { readFigure } from './withheld-symbols';

/**
 * A published table as RFC 4180 CSV: CRLF line ends (the last line too), fields quoted only when they hold a
 * comma, a double quote or a line break. One header row, one row per table row, then a Total row (none for a table
 * without dimensions, whose rows already are the whole).
 *
 * Cells stay machine-readable: a count or percentage is a bare integer, a statistic has one decimal place, and the
 * header of a percentage column ends in "(%)". A figure not shown is its symbol from `withheld-symbols.ts`
 * (`[c]`, `[w]` or `[x]`); CSV has nowhere for a key, so the file that serves it should link to one.
 *
 * No byte-order mark: the caller serving the file to Excel adds '\uFEFF' if it wants one.
 */
export function tableToCsv(table: PublishedTable, options: TableColumns): string {
  const layout = layOutTable(table, options);
  const header = [
    ...layout.dimensionLabels,
    ...layout.figureColumns.map(({ label, kind }) => (kind === 'rate' ? `${label} (%)` : label)),
  ].map(textField);
  const body = [...layout.rows, ...(layout.total === null ? [] : [layout.total])].map((row) => [
    ...row.labels.map(textField),
    ...row.figures.map(figureField),
  ]);
  return [header, ...body].map((fields) => `${fields.join(',')}\r\n`).join('');
}

function figureField(figure: PublishedFigure): string {
  const reading = readFigure(figure);
  if (!reading.shown) return reading.symbol;
  return figure.kind === 'statistic' ? reading.value.toFixed(1) : String(reading.value);
}

/**
 * Text a spreadsheet could take for a formula (starting =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, OWASP's advice against CSV injection: the key of a row can come from what a person typed.
 * Numbers never pass through here, so a negative statistic stays a number.
 */
function textField(text: string): string {
  const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}
