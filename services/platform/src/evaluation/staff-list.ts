import { fakerEN_GB as faker } from '@faker-js/faker';
import { addDays, type CalendarDate } from '@tapestry/domain';
import { ASSUMED, type ScenarioCounts } from './scenario-shape';

export type CastRole = 'coach' | 'mentor' | 'interest' | 'coachee' | 'comparison' | 'manager' | 'supervisor';

/** One member of staff the scenario brings in, as its ESR row says; `personId` once identity has registered them. */
export interface CastMember {
  employeeNumber: string;
  role: CastRole;
  givenName: string;
  familyName: string;
  email: string;
  jobTitle: string;
  staffGroup: string;
  band: string;
  site: string;
  directorate: string;
  managerNumber: string | null;
  startDate: CalendarDate;
  workingPattern: string;
  personId: string;
}

/** The trust's places and the people the new teams report to, read from the platform. */
export interface TrustLayout {
  emailDomain: string;
  sites: string[];
  directorates: string[];
  /** Employee numbers of existing senior staff the scenario's team managers report to (none: no manager). */
  seniorNumbers: string[];
}

const PROFESSIONS = [
  { group: 'Nursing and Midwifery Registered', titles: ['Staff Nurse', 'Ward Sister', 'Midwife', 'Charge Nurse'], grades: ['Band 5', 'Band 6', 'Band 7'], weight: 30 },
  { group: 'Medical and Dental', titles: ['Consultant Physician', 'Specialty Registrar', 'Foundation Doctor'], grades: ['Consultant', 'ST4', 'FY1'], weight: 10 },
  { group: 'Allied Health Professionals', titles: ['Physiotherapist', 'Radiographer', 'Occupational Therapist', 'Dietitian'], grades: ['Band 5', 'Band 6', 'Band 7'], weight: 13 },
  { group: 'Administrative and Clerical', titles: ['Medical Secretary', 'Ward Clerk', 'Finance Officer', 'Service Manager'], grades: ['Band 3', 'Band 4', 'Band 6'], weight: 20 },
  { group: 'Estates and Ancillary', titles: ['Porter', 'Housekeeper', 'Catering Assistant'], grades: ['Band 2'], weight: 7 },
  { group: 'Additional Clinical Services', titles: ['Healthcare Assistant', 'Maternity Support Worker'], grades: ['Band 3', 'Band 4'], weight: 12 },
  { group: 'Add Prof Scientific and Technic', titles: ['Pharmacist', 'Clinical Psychologist'], grades: ['Band 7', 'Band 8a'], weight: 5 },
  { group: 'Healthcare Scientists', titles: ['Biomedical Scientist', 'Clinical Scientist'], grades: ['Band 6', 'Band 7'], weight: 3 },
] as const;
const PATTERNS = ['Days', 'Days', 'Nights', 'Rotating', 'Part Time', 'Flexible'];
const HEADINGS = [
  'Employee Number', 'First Name', 'Last Name', 'Work Email Address', 'Position Title', 'Staff Group', 'Grade',
  'Location', 'Organisation', 'Supervisor Employee Number', 'Assignment Start Date', 'Working Pattern',
];

/** Employee numbers no demo or real ESR export uses, so a second run is recognised. */
export const FIRST_EMPLOYEE_NUMBER = 47_000_000;

/**
 * The scenario's staff, seeded so every run builds the same people: team managers (reporting to the trust's senior
 * staff), supervisors, the coaches and mentors to be trained, the staff who register interest, those who will ask
 * for a coach or mentor, and staff who never take part; all spread over the trust's sites and directorates.
 */
export function castList(counts: ScenarioCounts, layout: TrustLayout, launch: CalendarDate, seed: number): CastMember[] {
  faker.seed(seed);
  const roles: CastRole[] = [
    ...Array<CastRole>(counts.managers).fill('manager'),
    ...Array<CastRole>(counts.supervisors).fill('supervisor'),
    ...Array<CastRole>(counts.coaches).fill('coach'),
    ...Array<CastRole>(counts.mentors).fill('mentor'),
    ...Array<CastRole>(counts.interest).fill('interest'),
    ...Array<CastRole>(counts.coachees).fill('coachee'),
    ...Array<CastRole>(counts.comparison).fill('comparison'),
  ];
  // Staff who take part (or ask to) report to the first managers, so only those managers have approvals to give.
  const takingPart = roles.filter((role) => role !== 'manager' && role !== 'comparison').length;
  const deciding = Math.min(counts.managers, Math.max(1, Math.ceil(takingPart / ASSUMED.reportsPerManager)));
  const managerNumber = (index: number): string =>
    String(FIRST_EMPLOYEE_NUMBER + (roles[index] === 'comparison' ? index % counts.managers : index % deciding));
  return roles.map((role, index) => {
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const employeeNumber = String(FIRST_EMPLOYEE_NUMBER + index);
    const email = `${givenName}.${familyName}.ev${index}@${layout.emailDomain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    const profession = faker.helpers.weightedArrayElement(PROFESSIONS.map((value) => ({ value, weight: value.weight })));
    const yearsServed = faker.number.int({ min: 1, max: 25 * 12 });
    const common = {
      employeeNumber,
      role,
      givenName,
      familyName,
      email,
      site: faker.helpers.arrayElement(layout.sites),
      directorate: faker.helpers.arrayElement(layout.directorates),
      startDate: addDays(launch, -Math.round(yearsServed * 30.4)),
      workingPattern: faker.helpers.arrayElement(PATTERNS),
      personId: '',
    };
    if (role === 'manager') {
      const senior = layout.seniorNumbers.length > 0 ? layout.seniorNumbers[index % layout.seniorNumbers.length] : null;
      return { ...common, jobTitle: 'Team Manager', staffGroup: 'Administrative and Clerical', band: 'Band 8a', managerNumber: senior, workingPattern: 'Days' };
    }
    if (role === 'supervisor') {
      return { ...common, jobTitle: 'Principal Clinical Psychologist', staffGroup: 'Add Prof Scientific and Technic', band: 'Band 8b', managerNumber: managerNumber(index) };
    }
    return {
      ...common,
      jobTitle: faker.helpers.arrayElement(profession.titles),
      staffGroup: profession.group,
      band: faker.helpers.arrayElement(profession.grades),
      managerNumber: managerNumber(index),
    };
  });
}

/** The cast as an ESR staff export. */
export function esrCsv(cast: readonly CastMember[]): string {
  const cell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = cast.map((member) => [
    member.employeeNumber, member.givenName, member.familyName, member.email, member.jobTitle, member.staffGroup, member.band,
    member.site, member.directorate, member.managerNumber ?? '', member.startDate, member.workingPattern,
  ]);
  return [HEADINGS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
