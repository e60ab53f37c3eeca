/**
 * The NHS staff groups as ESR records them (NHS Data Dictionary, STAFF GROUP, national codes 01-10). `label` is
 * the spelling an ESR export carries, which truncates "Additional Professional Scientific and Technical" to 30
 * characters; `name` is the full name. `usuallyClinical` is Tapestry's default for the clinical flag when an
 * import does not say, not an ESR field: a person's own record can always say otherwise.
 */
export const STAFF_GROUPS = [
  { key: 'medical_and_dental', nationalCode: '01', label: 'Medical and Dental', name: 'Medical and Dental', usuallyClinical: true },
  { key: 'students', nationalCode: '02', label: 'Students', name: 'Students', usuallyClinical: true },
  {
    key: 'nursing_and_midwifery_registered',
    nationalCode: '03',
    label: 'Nursing and Midwifery Registered',
    name: 'Nursing and Midwifery Registered',
    usuallyClinical: true,
  },
  {
    key: 'allied_health_professionals',
    nationalCode: '04',
    label: 'Allied Health Professionals',
    name: 'Allied Health Professionals',
    usuallyClinical: true,
  },
  {
    key: 'additional_professional_scientific_and_technical',
    nationalCode: '05',
    label: 'Add Prof Scientific and Technic',
    name: 'Additional Professional Scientific and Technical',
    usuallyClinical: true,
  },
  { key: 'healthcare_scientists', nationalCode: '06', label: 'Healthcare Scientists', name: 'Healthcare Scientists', usuallyClinical: true },
  {
    key: 'additional_clinical_services',
    nationalCode: '07',
    label: 'Additional Clinical Services',
    name: 'Additional Clinical Services',
    usuallyClinical: true,
  },
  {
    key: 'administrative_and_clerical',
    nationalCode: '08',
    label: 'Administrative and Clerical',
    name: 'Administrative and Clerical',
    usuallyClinical: false,
  },
  { key: 'estates_and_ancillary', nationalCode: '09', label: 'Estates and Ancillary', name: 'Estates and Ancillary', usuallyClinical: false },
  { key: 'supplementary_roles', nationalCode: '10', label: 'Supplementary Roles', name: 'Supplementary Roles', usuallyClinical: false },
  // Consortia include police, fire and rescue, councils and schools, whose staff have no ESR staff group.
  { key: 'non_nhs', nationalCode: '99', label: 'Non-NHS employer', name: 'Staff of a non-NHS employer', usuallyClinical: false },
] as const;

export type StaffGroupInfo = (typeof STAFF_GROUPS)[number];
export type StaffGroup = StaffGroupInfo['key'];

function spelling(text: string): string {
  return text.trim().replace(/&/g, ' and ').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reads a staff group as people and exports write it: the key, the national code ("3" or "03"), the ESR label
 * or the full name, in any case, with "&" for "and". Undefined when it names no staff group.
 */
export function parseStaffGroup(text: string): StaffGroup | undefined {
  const wanted = spelling(text);
  const code = /^\d{1,2}$/.test(wanted) ? wanted.padStart(2, '0') : undefined;
  const found = STAFF_GROUPS.find(
    (group) =>
      group.key === wanted || group.nationalCode === code || spelling(group.label) === wanted || spelling(group.name) === wanted,
  );
  return found?.key;
}

export function staffGroupInfo(group: StaffGroup): StaffGroupInfo {
  const info = STAFF_GROUPS.find((candidate) => candidate.key === group);
  if (!info) throw new Error(`Unknown staff group key ${group as string}`);
  return info;
}

/** True when `value` is one of the closed list's keys; commands arrive untyped from the edge. */
export function isStaffGroup(value: string): value is StaffGroup {
  return STAFF_GROUPS.some((group) => group.key === value);
}
