import { fakerEN_GB as faker } from '@faker-js/faker';

/** Headings as an ESR staff-in-post report lays them out. */
export const ESR_HEADINGS = [
  'Employee Number',
  'Assignment Number',
  'First Name',
  'Last Name',
  'Work Email Address',
  'Position Title',
  'Staff Group',
  'Grade',
  'Location',
  'Organisation',
  'Supervisor Employee Number',
  'Assignment Start Date',
  'FTE',
] as const;
export type EsrRecord = Record<(typeof ESR_HEADINGS)[number], string>;

const PROFESSIONS = [
  { group: 'Nursing and Midwifery Registered', titles: ['Staff Nurse', 'Ward Sister', 'Midwife'], grades: ['Band 5', 'Band 6', 'Band 7'] },
  { group: 'Medical and Dental', titles: ['Consultant Physician', 'Specialty Registrar', 'Foundation Doctor'], grades: ['Consultant', 'ST4', 'FY1'] },
  { group: 'Allied Health Professionals', titles: ['Physiotherapist', 'Radiographer', 'Occupational Therapist'], grades: ['Band 5', 'Band 6'] },
  { group: 'Administrative and Clerical', titles: ['Medical Secretary', 'Ward Clerk', 'Finance Officer'], grades: ['Band 3', 'Band 4'] },
  { group: 'Estates and Ancillary', titles: ['Porter', 'Housekeeper'], grades: ['Band 2'] },
  { group: 'Additional Clinical Services', titles: ['Healthcare Assistant'], grades: ['Band 3'] },
  { group: 'Add Prof Scientific and Technic', titles: ['Pharmacist', 'Clinical Psychologist'], grades: ['Band 7', 'Review Body Band 8 - Range A'] },
  { group: 'Healthcare Scientists', titles: ['Biomedical Scientist'], grades: ['Band 6'] },
];
const LOCATIONS = ['Riverside General Hospital', 'Northgate Community Clinic', 'Elm Park Health Centre'];
const DIRECTORATES = ['330 Surgery', '331 Medicine', '332 Women and Children', '340 Corporate Services'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The same day in the three spellings ESR exports and spreadsheets use, chosen at random. */
function esrDate(date: Date): string {
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return faker.helpers.arrayElement([`${dd}/${mm}/${year}`, `${year}-${mm}-${dd}`, `${dd}-${MONTHS[month - 1]}-${year}`]);
}

/**
 * A made-up trust's staff list, the same for the same seed: a chief executive, directors under them,
 * managers under the directors and staff under the managers. Generated names, never real people.
 */
export function esrStaffRecords(size = 40, seed = 2025): EsrRecord[] {
  faker.seed(seed);
  const records: EsrRecord[] = [];
  for (let index = 0; index < size; index += 1) {
    const profession = index < 4 ? PROFESSIONS[3] : faker.helpers.arrayElement(PROFESSIONS);
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const managerIndex = index === 0 ? undefined : index < 4 ? 0 : index < 10 ? 1 + (index % 3) : 4 + (index % 6);
    records.push({
      'Employee Number': String(20_000_000 + index * 37),
      'Assignment Number': `${20_000_000 + index * 37}-2`,
      'First Name': first,
      'Last Name': last,
      'Work Email Address': `${first}.${last}.${index}@trust.example`.replace(/[^A-Za-z0-9.@-]/g, ''),
      'Position Title': index === 0 ? 'Chief Executive' : index < 4 ? 'Director of Operations' : faker.helpers.arrayElement(profession.titles),
      'Staff Group': profession.group,
      Grade: index < 4 ? 'Very Senior Manager' : faker.helpers.arrayElement(profession.grades),
      Location: faker.helpers.arrayElement(LOCATIONS),
      Organisation: index < 4 ? DIRECTORATES[3] : faker.helpers.arrayElement(DIRECTORATES),
      'Supervisor Employee Number': managerIndex === undefined ? '' : String(20_000_000 + managerIndex * 37),
      'Assignment Start Date': esrDate(faker.date.past({ years: 20, refDate: new Date('2025-01-01T00:00:00Z') })),
      FTE: faker.helpers.arrayElement(['1', '1', '1', '0.8', '0.6']),
    });
  }
  return records;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records as CSV with CRLF line ends, as Excel saves them. */
export function toCsv(records: Record<string, string>[], headings: readonly string[] = ESR_HEADINGS): string {
  const lines = [headings, ...records.map((record) => headings.map((heading) => record[heading] ?? ''))];
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
