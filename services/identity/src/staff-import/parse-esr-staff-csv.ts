import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import { ESR_COLUMNS, matchHeader } from './esr-columns';
import type { EsrStaffRow } from './esr-row';
import { readEsrRow } from './esr-row';
import type { ImportError, ImportResult } from './import-error';
import { byLine } from './import-error';
import { checkStaffList } from './staff-list-checks';

export interface EsrParseOptions {
  maxBytes: number;
  maxRows: number;
  /** Employee numbers of people already in Tapestry, who may manage people in the file without being in it. */
  knownEmployeeNumbers?: ReadonlySet<string>;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

const newlines = (text: string) => (text.match(/\n/g) ?? []).length;

/** The line a record starts on: csv-parse reports where it ends, and a quoted cell may span lines. */
function startLine(parsed: ParsedRecord): number {
  return parsed.info.lines - newlines(parsed.raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, ''));
}

/**
 * The line a faulty record starts on. A record's own line end is not counted in `lines`, except when an
 * unclosed quote swallowed it, which is how csv-parse reports running to the end of the file.
 */
function startLineOfFault(csv: string, error: CsvError | undefined, raw: string | undefined): number {
  const lines = typeof error?.lines === 'number' ? error.lines : 0;
  if (raw === undefined) return lines;
  const body = raw.replace(/^[\r\n]+/, '');
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The unclosed cell swallows the rest of the file, and csv-parse's line count inside it is off (it counts CRLF
    // twice), so count the lines before where the record starts instead.
    return 1 + newlines(csv.slice(0, csv.length - body.length));
  }
  const ownLineEnd = body.endsWith('\n') ? 1 : 0;
  return lines - newlines(body) + ownLineEnd;
}

function describeFault(error: CsvError | undefined): string {
  switch (error?.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return 'This row has a different number of cells from the header; a cell containing a comma needs double quotes around it.';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted cell starting on this line is never closed; look for a stray double quote.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return 'A double quote is out of place on this line; inside a quoted cell, write a quote as "".';
    default:
      return `This line is not valid CSV (${error?.message ?? 'unreadable'}).`;
  }
}

function readRecords(csv: string): { records: ParsedRecord[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const malformed = (error: CsvError | undefined, raw?: string) => {
    const line = startLineOfFault(csv, error, raw);
    // One broken quote can trip several faults on the same line; the first says it.
    if (errors.some((known) => known.line === line)) return undefined;
    errors.push({ line, reason: describeFault(error), code: 'CSV_MALFORMED' });
    return undefined;
  };
  try {
    // With `info` and `raw` csv-parse returns records wrapped with their position, which its types do not model.
    const records = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: malformed,
      info: true,
      raw: true,
    }) as unknown as ParsedRecord[];
    return { records, errors };
  } catch (error) {
    malformed(error as CsvError);
    return { records: [], errors };
  }
}

/**
 * Reads an ESR staff list, all or nothing: either every row, checked and normalised, or every fault found,
 * each with its line, so the file can be fixed in one pass.
 */
export function parseEsrStaffCsv(csv: string, options: EsrParseOptions): ImportResult<EsrStaffRow[]> {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > options.maxBytes) {
    return { errors: [{ line: 0, reason: `The file is ${bytes} bytes; the limit is ${options.maxBytes}. Split it and import the parts.`, code: 'CSV_TOO_LARGE' }] };
  }
  const { records, errors } = readRecords(csv);
  if (records.length === 0) {
    return { errors: errors.length > 0 ? errors : [{ line: 0, reason: 'The file is empty: expected a header row and staff rows.', code: 'CSV_MALFORMED' }] };
  }
  const [header, ...rows] = records;
  if (rows.length > options.maxRows) {
    return { errors: [{ line: 0, reason: `The file has ${rows.length} staff rows; the limit is ${options.maxRows}. Split it and import the parts.`, code: 'CSV_TOO_LARGE' }] };
  }
  const match = matchHeader(header.record);
  if (match.missing.length > 0) {
    const missing = match.missing.map((field) => ESR_COLUMNS[field].headings);
    return {
      errors: missing.map(([heading, ...alternatives]) => ({
        line: startLine(header),
        column: heading,
        reason: `The header has no "${heading}" column${alternatives.length ? ` (also accepted: ${alternatives.map((a) => `"${a}"`).join(', ')})` : ''}.`,
        code: 'CSV_MISSING_COLUMNS',
      })),
    };
  }
  const staff: EsrStaffRow[] = [];
  const employeeNumbersInFile = new Set<string>();
  for (const parsed of rows) {
    const line = startLine(parsed);
    const read = readEsrRow(parsed.record, line, match);
    errors.push(...read.errors);
    if (read.row) staff.push(read.row);
    const employeeNumber = match.found.employeeNumber ? parsed.record[match.found.employeeNumber.index]?.trim() : undefined;
    if (employeeNumber) employeeNumbersInFile.add(employeeNumber);
  }
  const known = (employeeNumber: string) => employeeNumbersInFile.has(employeeNumber) || (options.knownEmployeeNumbers?.has(employeeNumber) ?? false);
  errors.push(...checkStaffList(staff, known, match));
  return errors.length > 0 ? { errors: errors.sort(byLine) } : { ok: staff };
}
