import { OrganisationKind } from '@tapestry/contracts';

/** A staff group: how common it is, and its grades from the most junior up with how many staff hold each. */
export interface StaffGroup {
  name: string;
  weight: number;
  clinical: boolean;
  /** [band, share of the group, job title] from the lowest band up: a promotion moves one step. */
  ladder: ReadonlyArray<readonly [string, number, string]>;
}

/** NHS ESR staff groups, weighted roughly as in the NHS England workforce statistics, with Agenda for Change bands. */
const NHS_GROUPS: readonly StaffGroup[] = [
  {
    name: 'Nursing and Midwifery Registered',
    weight: 27,
    clinical: true,
    ladder: [
      ['Band 5', 45, 'Staff Nurse'],
      ['Band 6', 30, 'Senior Staff Nurse'],
      ['Band 7', 18, 'Ward Manager'],
      ['Band 8a', 5, 'Matron'],
      ['Band 8b', 2, 'Lead Nurse'],
    ],
  },
  {
    name: 'Additional Clinical Services',
    weight: 22,
    clinical: true,
    ladder: [
      ['Band 2', 25, 'Healthcare Assistant'],
      ['Band 3', 45, 'Senior Healthcare Assistant'],
      ['Band 4', 30, 'Assistant Practitioner'],
    ],
  },
  {
    name: 'Administrative and Clerical',
    weight: 23,
    clinical: false,
    ladder: [
      ['Band 2', 15, 'Administrator'],
      ['Band 3', 30, 'Medical Secretary'],
      ['Band 4', 25, 'Team Leader'],
      ['Band 5', 12, 'Office Manager'],
      ['Band 6', 7, 'Project Manager'],
      ['Band 7', 5, 'Service Manager'],
      ['Band 8a', 3, 'Head of Service'],
      ['Band 8b', 2, 'Associate Director'],
      ['Band 9', 1, 'Director'],
    ],
  },
  {
    name: 'Medical and Dental',
    weight: 10,
    clinical: true,
    ladder: [
      ['FY1', 8, 'Foundation Doctor'],
      ['FY2', 8, 'Foundation Doctor'],
      ['CT1', 10, 'Core Trainee'],
      ['ST3', 18, 'Specialty Registrar'],
      ['ST5', 12, 'Specialty Registrar'],
      ['Specialty Doctor', 14, 'Specialty Doctor'],
      ['Consultant', 30, 'Consultant'],
    ],
  },
  {
    name: 'Allied Health Professionals',
    weight: 7,
    clinical: true,
    ladder: [
      ['Band 5', 30, 'Physiotherapist'],
      ['Band 6', 38, 'Specialist Occupational Therapist'],
      ['Band 7', 24, 'Advanced Radiographer'],
      ['Band 8a', 8, 'Consultant Therapist'],
    ],
  },
  {
    name: 'Estates and Ancillary',
    weight: 6,
    clinical: false,
    ladder: [
      ['Band 2', 60, 'Porter'],
      ['Band 3', 25, 'Catering Supervisor'],
      ['Band 4', 10, 'Estates Officer'],
      ['Band 5', 5, 'Facilities Manager'],
    ],
  },
  {
    name: 'Add Prof Scientific and Technic',
    weight: 3,
    clinical: true,
    ladder: [
      ['Band 5', 20, 'Pharmacy Technician'],
      ['Band 6', 30, 'Pharmacist'],
      ['Band 7', 30, 'Clinical Psychologist'],
      ['Band 8a', 20, 'Principal Pharmacist'],
    ],
  },
  {
    name: 'Healthcare Scientists',
    weight: 2,
    clinical: true,
    ladder: [
      ['Band 5', 25, 'Biomedical Scientist'],
      ['Band 6', 35, 'Specialist Biomedical Scientist'],
      ['Band 7', 30, 'Clinical Scientist'],
      ['Band 8a', 10, 'Principal Clinical Scientist'],
    ],
  },
];

const POLICE_GROUPS: readonly StaffGroup[] = [
  {
    name: 'Police Officers',
    weight: 60,
    clinical: false,
    ladder: [
      ['Constable', 70, 'Police Constable'],
      ['Sergeant', 18, 'Police Sergeant'],
      ['Inspector', 8, 'Inspector'],
      ['Chief Inspector', 3, 'Chief Inspector'],
      ['Superintendent', 1, 'Superintendent'],
    ],
  },
  {
    name: 'Police Staff',
    weight: 40,
    clinical: false,
    ladder: [
      ['Scale 3', 30, 'Contact Handler'],
      ['Scale 4', 30, 'Investigation Officer'],
      ['Scale 5', 20, 'Analyst'],
      ['Scale 6', 15, 'Team Manager'],
      ['SO1', 5, 'Head of Department'],
    ],
  },
];

const COUNCIL_GROUPS: readonly StaffGroup[] = [
  {
    name: 'Adult Social Care',
    weight: 45,
    clinical: false,
    ladder: [
      ['Grade 5', 35, 'Care Worker'],
      ['Grade 7', 35, 'Social Worker'],
      ['Grade 9', 20, 'Senior Social Worker'],
      ['Grade 11', 10, 'Team Manager'],
    ],
  },
  {
    name: 'Corporate Services',
    weight: 55,
    clinical: false,
    ladder: [
      ['Grade 4', 30, 'Administrative Officer'],
      ['Grade 6', 30, 'Officer'],
      ['Grade 8', 20, 'Senior Officer'],
      ['Grade 10', 15, 'Manager'],
      ['Grade 12', 5, 'Head of Service'],
    ],
  },
];

export function staffGroupsFor(kind: OrganisationKind): readonly StaffGroup[] {
  switch (kind) {
    case OrganisationKind.POLICE:
      return POLICE_GROUPS;
    case OrganisationKind.LOCAL_AUTHORITY:
      return COUNCIL_GROUPS;
    default:
      return NHS_GROUPS;
  }
}

export interface OrganisationProfile {
  name: string;
  kind: OrganisationKind;
  odsCode?: string;
  /** Share of the consortium's staff. */
  share: number;
  sites: readonly string[];
  directorates: readonly string[];
}

const ACUTE_DIRECTORATES = [
  'Medicine',
  'Surgery',
  'Women and Children',
  'Emergency Care',
  'Clinical Support Services',
  'Cancer Services',
  'Estates and Facilities',
  'Corporate Services',
];

/** Ten organisations of an integrated care system: acute, community, mental health and ambulance trusts, the ICB, primary care, police and council. */
export const ORGANISATIONS: readonly OrganisationProfile[] = [
  {
    name: 'Northfield Teaching Hospitals NHS Foundation Trust',
    kind: OrganisationKind.NHS_TRUST,
    odsCode: 'RNF',
    share: 0.2,
    sites: ['Northfield General Hospital', 'Northfield Royal Infirmary', 'Kingsmead Treatment Centre', 'Northfield Eye Hospital'],
    directorates: ACUTE_DIRECTORATES,
  },
  {
    name: 'Riverside University Hospitals NHS Trust',
    kind: OrganisationKind.NHS_TRUST,
    odsCode: 'RRV',
    share: 0.17,
    sites: ['Riverside University Hospital', 'Riverside Women’s Hospital', 'Eastbank Community Hospital'],
    directorates: ACUTE_DIRECTORATES,
  },
  {
    name: 'Southgate Hospitals NHS Trust',
    kind: OrganisationKind.NHS_TRUST,
    odsCode: 'RSG',
    share: 0.14,
    sites: ['Southgate Hospital', 'Southgate Diagnostic Centre'],
    directorates: ACUTE_DIRECTORATES.slice(0, 7),
  },
  {
    name: 'Eastmoor Community Health NHS Trust',
    kind: OrganisationKind.NHS_TRUST,
    odsCode: 'REM',
    share: 0.1,
    sites: ['Eastmoor Health Centre', 'Moorside Clinic', 'Harbour Road Hub', 'Eastmoor Community Hospital', 'Fellgate Clinic'],
    directorates: ['Adult Community Services', 'Children’s Community Services', 'Urgent Community Response', 'Specialist Services', 'Corporate Services'],
  },
  {
    name: 'Westvale Mental Health NHS Foundation Trust',
    kind: OrganisationKind.NHS_TRUST,
    odsCode: 'RWV',
    share: 0.09,
    sites: ['Westvale Hospital', 'Elmwood Unit', 'Cedar House', 'Willow Centre'],
    directorates: ['Adult Mental Health', 'Older People’s Mental Health', 'CAMHS', 'Learning Disabilities', 'Forensic Services', 'Corporate Services'],
  },
  {
    name: 'Highcross Ambulance Service NHS Trust',
    kind: OrganisationKind.NHS_TRUST,
    odsCode: 'RHX',
    share: 0.06,
    sites: ['Highcross HQ', 'North Hub', 'South Hub', 'East Hub', 'West Hub', 'Emergency Operations Centre'],
    directorates: ['Operations', 'Emergency Operations Centre', 'Patient Transport', 'Clinical Directorate', 'Corporate Services'],
  },
  {
    name: 'Northfield and Riverside Integrated Care Board',
    kind: OrganisationKind.ICB,
    odsCode: 'QNR',
    share: 0.02,
    sites: ['ICB Headquarters'],
    directorates: ['Commissioning', 'Nursing and Quality', 'Finance', 'Strategy and Transformation'],
  },
  {
    name: 'Moorland Primary Care Network',
    kind: OrganisationKind.GP_PRACTICE,
    odsCode: 'U12345',
    share: 0.03,
    sites: ['Moorland Surgery', 'Church Street Practice', 'Valley Medical Centre'],
    directorates: ['Clinical', 'Practice Management'],
  },
  {
    name: 'Shire Constabulary',
    kind: OrganisationKind.POLICE,
    share: 0.12,
    sites: ['Force Headquarters', 'Northfield Police Station', 'Riverside Police Station', 'Southgate Police Station'],
    directorates: ['Response Policing', 'Neighbourhood Policing', 'Investigations', 'Contact Management', 'Corporate Services'],
  },
  {
    name: 'Shire County Council',
    kind: OrganisationKind.LOCAL_AUTHORITY,
    share: 0.07,
    sites: ['County Hall', 'Northfield Civic Centre', 'Riverside Area Office'],
    directorates: ['Adult Social Care', 'Children’s Services', 'Public Health', 'Corporate Services'],
  },
];

export const CONSORTIUM_NAME = 'Northfield and Riverside Coaching and Mentoring Consortium';

export const LEAVING_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['Retirement', 22],
  ['Relocation', 15],
  ['Work life balance', 18],
  ['Promotion elsewhere', 14],
  ['Health', 8],
  ['End of fixed term contract', 8],
  ['Other', 15],
];
