import { fakerEN_GB as faker } from '@faker-js/faker';

/** A made-up acute trust: generated names (never real people), seeded so every first start builds the same trust. */
export const DEMO_TRUST = {
  name: 'Riverside and Northgate NHS Foundation Trust',
  odsCode: 'RXD',
  emailDomain: 'riverside-northgate.example.nhs.uk',
  sites: ['Riverside General Hospital', 'Northgate Community Hospital', 'Elm Park Health Centre', 'Trust Headquarters'],
  directorates: ['Surgery', 'Medicine', 'Women and Children', 'Mental Health', 'Corporate Services'],
};

const PROFESSIONS = [
  { group: 'Nursing and Midwifery Registered', titles: ['Staff Nurse', 'Ward Sister', 'Midwife', 'Charge Nurse'], grades: ['Band 5', 'Band 6', 'Band 7'], weight: 30 },
  { group: 'Medical and Dental', titles: ['Consultant Physician', 'Specialty Registrar', 'Foundation Doctor', 'Consultant Psychiatrist'], grades: ['Consultant', 'ST4', 'FY1', 'ST6'], weight: 12 },
  { group: 'Allied Health Professionals', titles: ['Physiotherapist', 'Radiographer', 'Occupational Therapist', 'Dietitian'], grades: ['Band 5', 'Band 6', 'Band 7'], weight: 12 },
  { group: 'Administrative and Clerical', titles: ['Medical Secretary', 'Ward Clerk', 'Finance Officer', 'Service Manager'], grades: ['Band 3', 'Band 4', 'Band 8a'], weight: 18 },
  { group: 'Estates and Ancillary', titles: ['Porter', 'Housekeeper', 'Catering Assistant'], grades: ['Band 2'], weight: 8 },
  { group: 'Additional Clinical Services', titles: ['Healthcare Assistant', 'Maternity Support Worker'], grades: ['Band 3', 'Band 4'], weight: 12 },
  { group: 'Add Prof Scientific and Technic', titles: ['Pharmacist', 'Clinical Psychologist'], grades: ['Band 7', 'Band 8a'], weight: 5 },
  { group: 'Healthcare Scientists', titles: ['Biomedical Scientist', 'Clinical Scientist'], grades: ['Band 6', 'Band 7'], weight: 3 },
];
const PATTERNS = ['Days', 'Days', 'Nights', 'Rotating', 'Part Time', 'Flexible'];
const HEADINGS = [
  'Employee Number', 'First Name', 'Last Name', 'Work Email Address', 'Position Title', 'Staff Group', 'Grade',
  'Location', 'Organisation', 'Supervisor Employee Number', 'Assignment Start Date', 'Working Pattern',
] as const;

export interface DemoStaffMember {
  employeeNumber: string;
  givenName: string;
  familyName: string;
  email: string;
  jobTitle: string;
}

const employeeNumber = (index: number): string => String(30_100_000 + index * 7);

/**
 * An ESR-shaped staff list: a chief executive, directors for each directorate, team managers under them and staff
 * under the managers, spread over the sites, staff groups and shift patterns.
 */
export function demoStaffList(size = 320, seed = 2026): { csv: string; staff: DemoStaffMember[] } {
  faker.seed(seed);
  const directors = DEMO_TRUST.directorates.length;
  const managers = 24;
  const rows: string[][] = [];
  const staff: DemoStaffMember[] = [];
  for (let index = 0; index < size; index += 1) {
    const profession = faker.helpers.weightedArrayElement(PROFESSIONS.map((value) => ({ value, weight: value.weight })));
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const email = `${givenName}.${familyName}.${index}@${DEMO_TRUST.emailDomain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    const isDirector = index >= 1 && index <= directors;
    const isManager = index > directors && index <= directors + managers;
    const directorate = isDirector ? DEMO_TRUST.directorates[index - 1] : faker.helpers.arrayElement(DEMO_TRUST.directorates);
    const manager =
      index === 0 ? '' : isDirector ? employeeNumber(0) : isManager ? employeeNumber(1 + (index % directors)) : employeeNumber(directors + 1 + (index % managers));
    const jobTitle = index === 0 ? 'Chief Executive' : isDirector ? `Director of ${directorate}` : isManager ? 'Team Manager' : faker.helpers.arrayElement(profession.titles);
    const grade = index === 0 || isDirector ? 'Band 9' : isManager ? 'Band 8a' : faker.helpers.arrayElement(profession.grades);
    const site = index <= directors ? 'Trust Headquarters' : faker.helpers.arrayElement(DEMO_TRUST.sites);
    const started = faker.date.past({ years: 25, refDate: new Date('2026-01-01T00:00:00Z') }).toISOString().slice(0, 10);
    rows.push([
      employeeNumber(index), givenName, familyName, email, jobTitle, index <= directors + managers ? 'Administrative and Clerical' : profession.group,
      grade, site, directorate, manager, started, faker.helpers.arrayElement(PATTERNS),
    ]);
    staff.push({ employeeNumber: employeeNumber(index), givenName, familyName, email, jobTitle });
  }
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const csv = [HEADINGS as readonly string[], ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  return { csv, staff };
}
