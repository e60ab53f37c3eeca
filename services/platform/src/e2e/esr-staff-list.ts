/** ESR-shaped staff lists for the import specs, with the extra columns a real export carries (identity ignores them). */

export const ESR_HEADINGS = [
  'Employee Number',
  'First Name',
  'Last Name',
  'Work Email Address',
  'Position Title',
  'Staff Group',
  'Grade',
  'Location',
  'Supervisor Employee Number',
  'Assignment Start Date',
  'Working Pattern',
  'Assignment Category',
  'Payroll Name',
] as const;

export type EsrRow = Record<(typeof ESR_HEADINGS)[number], string>;

/** Member of staff `n` of a made-up ward team: distinct employee number and email per `n`. */
export function esrRow(n: number, overrides: Partial<EsrRow> = {}): EsrRow {
  return {
    'Employee Number': String(70_000_000 + n),
    'First Name': 'Jamie',
    'Last Name': `Okoro${n}`,
    'Work Email Address': `jamie.okoro.${n}@riverside-northgate.example.nhs.uk`,
    'Position Title': 'Staff Nurse',
    'Staff Group': 'Nursing and Midwifery Registered',
    Grade: 'Band 5',
    Location: 'Riverside General Hospital',
    'Supervisor Employee Number': '',
    'Assignment Start Date': '01/09/2021',
    'Working Pattern': 'Days',
    'Assignment Category': 'Permanent',
    'Payroll Name': 'Riverside and Northgate Monthly Payroll',
    ...overrides,
  };
}

const cell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The file as ESR writes it: a header line, then one line per row, CRLF line ends. */
export function esrStaffList(rows: EsrRow[], headings: readonly string[] = ESR_HEADINGS): string {
  const lines = [headings.map(cell).join(','), ...rows.map((row) => headings.map((heading) => cell(row[heading as keyof EsrRow] ?? '')).join(','))];
  return lines.join('\r\n') + '\r\n';
}
