import { isStaffGroup, parseStaffGroup, STAFF_GROUPS, staffGroupInfo } from './staff-group';

describe('staff groups', () => {
  it('holds the ten national staff groups, codes 01 to 10, each once, then one for non-NHS employers', () => {
    expect(STAFF_GROUPS.map((group) => group.nationalCode)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '99']);
    expect(new Set(STAFF_GROUPS.map((group) => group.key)).size).toBe(11);
    expect(parseStaffGroup('Non-NHS employer')).toBe('non_nhs');
  });

  it.each(STAFF_GROUPS.map((group) => [group.label, group.key]))('reads the ESR label %p', (label, key) => {
    expect(parseStaffGroup(label)).toBe(key);
    expect(parseStaffGroup(label.toUpperCase())).toBe(key);
  });

  it.each([
    ['Additional Professional Scientific and Technical', 'additional_professional_scientific_and_technical'],
    ['  nursing & midwifery   registered ', 'nursing_and_midwifery_registered'],
    ['03', 'nursing_and_midwifery_registered'],
    ['3', 'nursing_and_midwifery_registered'],
    ['10', 'supplementary_roles'],
    ['medical_and_dental', 'medical_and_dental'],
  ])('reads %p', (text, key) => {
    expect(parseStaffGroup(text)).toBe(key);
  });

  it.each(['Nursing', '11', '0', '', 'Doctors'])('names no staff group for %p', (text) => {
    expect(parseStaffGroup(text)).toBeUndefined();
  });

  it('tells keys from other strings', () => {
    expect(isStaffGroup('estates_and_ancillary')).toBe(true);
    expect(isStaffGroup('Estates and Ancillary')).toBe(false);
  });

  it('describes a group', () => {
    expect(staffGroupInfo('administrative_and_clerical')).toMatchObject({ nationalCode: '08', usuallyClinical: false });
  });
});
