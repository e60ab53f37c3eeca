import { detectManagerLoop } from '../people';
import type { HeaderMatch } from './esr-columns';
import type { EsrStaffRow } from './esr-row';
import type { ImportError } from './import-error';

/**
 * Checks that span rows: each employee number and email once, every line manager known, no management
 * loops. A loop is reported on every row in it, so each can be fixed.
 */
export function checkStaffList(rows: EsrStaffRow[], isKnown: (employeeNumber: string) => boolean, header: HeaderMatch): ImportError[] {
  const errors: ImportError[] = [];
  const column = (field: keyof HeaderMatch['found']) => header.found[field]?.heading;
  const firstByNumber = new Map<string, EsrStaffRow>();
  const firstByEmail = new Map<string, EsrStaffRow>();
  for (const row of rows) {
    const sameNumber = firstByNumber.get(row.employeeNumber);
    if (sameNumber) {
      errors.push({
        line: row.line,
        column: column('employeeNumber'),
        reason: `Employee ${row.employeeNumber} is also on line ${sameNumber.line}; export primary assignments only.`,
        code: 'CSV_DUPLICATE_EMPLOYEE_NUMBER',
      });
    } else {
      firstByNumber.set(row.employeeNumber, row);
    }
    const sameEmail = firstByEmail.get(row.email);
    if (sameEmail && sameEmail.employeeNumber !== row.employeeNumber) {
      errors.push({ line: row.line, column: column('email'), reason: `${row.email} is also used on line ${sameEmail.line}.`, code: 'CSV_DUPLICATE_EMAIL' });
    } else if (!sameEmail) {
      firstByEmail.set(row.email, row);
    }
  }
  const managerOf = (employeeNumber: string) => firstByNumber.get(employeeNumber)?.managerEmployeeNumber ?? undefined;
  for (const row of rows) {
    const manager = row.managerEmployeeNumber;
    if (!manager) continue;
    const at = { line: row.line, column: column('managerEmployeeNumber') };
    if (!isKnown(manager)) {
      errors.push({ ...at, reason: `Line manager ${manager} is neither in this file nor already in Tapestry.`, code: 'CSV_UNKNOWN_MANAGER' });
      continue;
    }
    const loop = detectManagerLoop(row.employeeNumber, manager, managerOf);
    if (loop) {
      const reason = loop.length === 2 ? `Employee ${row.employeeNumber} is named as their own line manager.` : `Line managers form a loop: ${loop.join(' → ')}.`;
      errors.push({ ...at, reason, code: 'CSV_MANAGER_LOOP' });
    }
  }
  return errors;
}
