/**
 * The columns Tapestry reads from an ESR staff list, under the headings an ESR report gives them, with the
 * spellings local report templates commonly use as alternatives. ESR calls a directorate or department an
 * "Organisation" and a site a "Location"; the line manager comes from the supervisor hierarchy. The first
 * heading of each is the one error messages use. Other columns in the file are ignored.
 */
export const ESR_COLUMNS = {
  employeeNumber: { headings: ['Employee Number', 'Employee No', 'Staff Number'], required: true },
  assignmentNumber: { headings: ['Assignment Number'], required: false },
  givenName: { headings: ['First Name', 'Forename'], required: true },
  familyName: { headings: ['Last Name', 'Surname'], required: true },
  email: { headings: ['Work Email Address', 'Email Address', 'Email'], required: true },
  jobTitle: { headings: ['Position Title', 'Job Title', 'Job Role'], required: true },
  staffGroup: { headings: ['Staff Group'], required: true },
  band: { headings: ['Grade', 'Pay Band', 'Band', 'Pay Grade'], required: true },
  site: { headings: ['Location', 'Site', 'Base Location'], required: false },
  directorate: { headings: ['Organisation', 'Directorate', 'Department'], required: false },
  managerEmployeeNumber: {
    headings: ['Supervisor Employee Number', 'Line Manager Employee Number', 'Manager Employee Number'],
    required: false,
  },
  startDate: { headings: ['Assignment Start Date', 'Hire Date', 'Start Date'], required: true },
  shiftPattern: { headings: ['Working Pattern', 'Shift Pattern'], required: false },
  fte: { headings: ['FTE', 'Contracted WTE', 'WTE'], required: false },
  clinical: { headings: ['Clinical'], required: false },
} as const;

export type EsrField = keyof typeof ESR_COLUMNS;

export interface HeaderMatch {
  /** Where each field found in the header sits, and the heading as the file spells it. */
  found: Partial<Record<EsrField, { index: number; heading: string }>>;
  missing: EsrField[];
}

const spelling = (heading: string) => heading.trim().replace(/\s+/g, ' ').toLowerCase();

/** Finds each field's column by its headings, in order of preference, ignoring case and spacing. */
export function matchHeader(header: string[]): HeaderMatch {
  const positions = new Map(header.map((heading, index) => [spelling(heading), index] as const).reverse());
  const match: HeaderMatch = { found: {}, missing: [] };
  for (const field of Object.keys(ESR_COLUMNS) as EsrField[]) {
    const heading = ESR_COLUMNS[field].headings.find((candidate) => positions.has(spelling(candidate)));
    if (heading !== undefined) {
      const index = positions.get(spelling(heading)) ?? -1;
      match.found[field] = { index, heading: header[index].trim() };
    } else if (ESR_COLUMNS[field].required) {
      match.missing.push(field);
    }
  }
  return match;
}
