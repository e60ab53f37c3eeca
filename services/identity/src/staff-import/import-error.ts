export const IMPORT_ERROR_CODES = [
  'CSV_MALFORMED',
  'CSV_TOO_LARGE',
  'CSV_MISSING_COLUMNS',
  'CSV_MISSING_VALUE',
  'CSV_BAD_VALUE',
  'CSV_BAD_DATE',
  'CSV_INVALID_EMAIL',
  'CSV_UNKNOWN_STAFF_GROUP',
  'CSV_DUPLICATE_EMAIL',
  'CSV_DUPLICATE_EMPLOYEE_NUMBER',
  'CSV_UNKNOWN_MANAGER',
  'CSV_MANAGER_LOOP',
  'CSV_PERSON_HAS_LEFT',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * One reason the file cannot be imported. `line` is the line in the file (the header is line 1); 0 means the
 * file as a whole. `column` is the heading as the file spells it, when one cell is at fault.
 */
export interface ImportError {
  line: number;
  column?: string;
  reason: string;
  code: ImportErrorCode;
}

export type ImportResult<T> = { ok: T } | { errors: ImportError[] };

export function byLine(a: ImportError, b: ImportError): number {
  return a.line - b.line;
}
