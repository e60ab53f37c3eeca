import type { CalendarDate } from '../common';
import { isValidEmail, normaliseEmail } from '../common';
import type { PersonName, ShiftPattern } from '../people';
import { parseShiftPattern } from '../people';
import type { Band, StaffGroup } from '../staff-groups';
import { parseBand, parseStaffGroup } from '../staff-groups';
import type { EsrField, HeaderMatch } from './esr-columns';
import { ESR_COLUMNS } from './esr-columns';
import { parseEsrDate } from './esr-date';
import type { ImportError, ImportErrorCode } from './import-error';

/** One member of staff as the file describes them, every value checked and normalised. */
export interface EsrStaffRow {
  line: number;
  employeeNumber: string;
  assignmentNumber: string | null;
  name: PersonName;
  email: string;
  jobTitle: string;
  staffGroup: StaffGroup;
  band: Band;
  /** For the next three: null when the cell is empty, undefined when the file has no such column. */
  site: string | null | undefined;
  directorate: string | null | undefined;
  managerEmployeeNumber: string | null | undefined;
  startDate: CalendarDate;
  /** Undefined when the file does not say, which leaves what Tapestry already has. */
  shiftPattern: ShiftPattern | undefined;
  clinical: boolean | undefined;
}

const MAX_LENGTH: Partial<Record<EsrField, number>> = { employeeNumber: 30, assignmentNumber: 30, givenName: 100, familyName: 100 };
const YES = ['y', 'yes', 'true', '1'];
const NO = ['n', 'no', 'false', '0'];

/** Reads one record, collecting every fault in it rather than stopping at the first. */
export function readEsrRow(record: string[], line: number, header: HeaderMatch): { row?: EsrStaffRow; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail = (field: EsrField, code: ImportErrorCode, reason: string): undefined => {
    errors.push({ line, column: header.found[field]?.heading ?? ESR_COLUMNS[field].headings[0], reason, code });
    return undefined;
  };
  const cell = (field: EsrField): string => {
    const found = header.found[field];
    const value = found ? (record[found.index] ?? '').trim().replace(/\s+/g, ' ') : '';
    const max = MAX_LENGTH[field] ?? 200;
    if (value.length > max) fail(field, 'CSV_BAD_VALUE', `Longer than ${max} characters.`);
    return value.slice(0, max);
  };
  const required = (field: EsrField): string | undefined => cell(field) || fail(field, 'CSV_MISSING_VALUE', 'This cell is empty.');
  const optional = (field: EsrField): string | null | undefined => (header.found[field] ? cell(field) || null : undefined);

  const employeeNumber = required('employeeNumber');
  const givenName = required('givenName');
  const familyName = required('familyName');
  const rawEmail = required('email');
  const email = rawEmail === undefined ? undefined : normaliseEmail(rawEmail);
  if (email !== undefined && !isValidEmail(email)) fail('email', 'CSV_INVALID_EMAIL', `"${rawEmail}" is not an email address.`);
  const jobTitle = required('jobTitle');
  const rawGroup = required('staffGroup');
  const staffGroup = rawGroup === undefined ? undefined : parseStaffGroup(rawGroup);
  if (rawGroup !== undefined && staffGroup === undefined) {
    fail('staffGroup', 'CSV_UNKNOWN_STAFF_GROUP', `"${rawGroup}" is not an ESR staff group (such as "Nursing and Midwifery Registered").`);
  }
  const rawBand = required('band');
  const band = rawBand === undefined ? undefined : parseBand(rawBand);
  const rawStart = required('startDate');
  const startDate = rawStart === undefined ? undefined : parseEsrDate(rawStart);
  if (rawStart !== undefined && startDate === undefined) {
    fail('startDate', 'CSV_BAD_DATE', `"${rawStart}" is not a date: write DD/MM/YYYY, YYYY-MM-DD or DD-MON-YYYY.`);
  }
  const shiftPattern = readShiftPattern(cell('shiftPattern'), cell('fte'), fail);
  const clinical = readClinical(cell('clinical'), fail);
  const row = { line, assignmentNumber: optional('assignmentNumber') ?? null, site: optional('site'), directorate: optional('directorate') };
  const managerEmployeeNumber = optional('managerEmployeeNumber');

  const complete = employeeNumber && givenName && familyName && email && jobTitle && staffGroup && band && startDate;
  // Every missing value has already been reported; this only tells the compiler so.
  if (errors.length > 0 || !complete) return { errors };
  const name = { given: givenName, family: familyName };
  return {
    row: { ...row, employeeNumber, name, email, jobTitle, staffGroup, band, managerEmployeeNumber, startDate, shiftPattern, clinical },
    errors,
  };
}

type Fail = (field: EsrField, code: ImportErrorCode, reason: string) => undefined;

/**
 * ESR holds no shift pattern: a local column may state it; otherwise an FTE under 1 says part-time, and
 * anything else says nothing (a full-time nurse may work days or nights).
 */
function readShiftPattern(pattern: string, fte: string, fail: Fail): ShiftPattern | undefined {
  if (pattern) return parseShiftPattern(pattern) ?? fail('shiftPattern', 'CSV_BAD_VALUE', `"${pattern}" is not days, nights, rotating, part-time or flexible.`);
  if (!fte) return undefined;
  const value = Number(fte);
  if (!Number.isFinite(value) || value <= 0 || value > 2) return fail('fte', 'CSV_BAD_VALUE', `"${fte}" is not a full-time equivalent such as 1 or 0.6.`);
  return value < 1 ? 'part_time' : undefined;
}

function readClinical(text: string, fail: Fail): boolean | undefined {
  const value = text.toLowerCase();
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  return value ? fail('clinical', 'CSV_BAD_VALUE', `"${text}" is not Y or N.`) : undefined;
}
