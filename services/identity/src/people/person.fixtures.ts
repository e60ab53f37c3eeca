import type { PlacementFacts, RegisterPerson } from './person.commands';
import type { PersonEvent, PersonRegistered } from './person.events';

/** Facts for a placement where everything named exists and no loop forms. */
export const placementOk: PlacementFacts = { siteExists: true, directorateExists: true, managerExists: true, managerChain: [] };

/** A valid registration of Asha Patel, a band 6 staff nurse on nights, managed by `manager-1`. */
export function registerAsha(overrides: Partial<RegisterPerson> = {}): RegisterPerson {
  return {
    type: 'RegisterPerson',
    personId: 'asha',
    organisationId: 'org-1',
    employeeNumber: '20012345',
    name: { given: 'Asha', family: 'Patel' },
    email: 'asha.patel@trust.example',
    jobTitle: 'Staff Nurse',
    staffGroup: 'nursing_and_midwifery_registered',
    band: { scheme: 'agenda_for_change', band: '6' },
    siteId: 'site-1',
    directorateId: 'dir-1',
    shiftPattern: 'nights',
    clinical: true,
    lineManagerId: 'manager-1',
    startDate: '2021-09-01',
    facts: { ...placementOk, organisationExists: true, emailTaken: false },
    ...overrides,
  };
}

export const ashaRegistered: PersonRegistered = {
  type: 'PersonRegistered',
  data: {
    personId: 'asha',
    organisationId: 'org-1',
    employeeNumber: '20012345',
    name: { given: 'Asha', family: 'Patel' },
    email: 'asha.patel@trust.example',
    jobTitle: 'Staff Nurse',
    staffGroup: 'nursing_and_midwifery_registered',
    band: { scheme: 'agenda_for_change', band: '6' },
    siteId: 'site-1',
    directorateId: 'dir-1',
    shiftPattern: 'nights',
    clinical: true,
    lineManagerId: 'manager-1',
    startDate: '2021-09-01',
  },
};

export const ashaLeft: PersonEvent = {
  type: 'PersonLeft',
  data: { personId: 'asha', leavingDate: '2024-03-31', reason: 'resignation', detail: null },
};
