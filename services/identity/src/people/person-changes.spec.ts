import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { MovePerson, UpdatePerson } from './person.commands';
import { personDecider } from './person.decider';
import { ashaLeft, ashaRegistered, placementOk } from './person.fixtures';

const spec = DeciderSpecification.for(personDecider);
const update = (changes: UpdatePerson['changes'], emailTaken = false): UpdatePerson => ({
  type: 'UpdatePerson',
  personId: 'asha',
  changes,
  facts: { emailTaken },
});
const move = (changes: MovePerson['changes'], facts = placementOk, effectiveDate = '2024-01-01'): MovePerson => ({
  type: 'MovePerson',
  personId: 'asha',
  effectiveDate,
  changes,
  facts,
});
const leave = (leavingDate: string, reason = 'retirement', detail?: string) =>
  ({ type: 'RecordLeaver', personId: 'asha', leavingDate, reason, detail }) as const;

describe('updating a person', () => {
  it('records only the details that change', () => {
    spec
      .given([ashaRegistered])
      .when(update({ name: { given: 'Asha', family: 'Shah' }, email: 'Asha.Shah@trust.example', shiftPattern: 'nights', clinical: true }))
      .then([{ type: 'PersonDetailsUpdated', data: { personId: 'asha', changes: { name: { given: 'Asha', family: 'Shah' }, email: 'asha.shah@trust.example' } } }]);
  });

  it('records a new shift pattern, clinical flag and employee number', () => {
    spec
      .given([ashaRegistered])
      .when(update({ shiftPattern: 'rotating', clinical: false, employeeNumber: '30000001' }))
      .then([{ type: 'PersonDetailsUpdated', data: { personId: 'asha', changes: { shiftPattern: 'rotating', clinical: false, employeeNumber: '30000001' } } }]);
  });

  it('records nothing when nothing changes, however it is spelled', () => {
    spec
      .given([ashaRegistered])
      .when(update({ name: { given: ' Asha ', family: 'Patel' }, email: 'ASHA.PATEL@trust.example', employeeNumber: '20012345' }, true))
      .then([]);
  });

  it('refuses an email someone else has', () => {
    spec.given([ashaRegistered]).when(update({ email: 'ben@trust.example' }, true)).thenThrows('DUPLICATE_EMAIL');
  });

  it('refuses a malformed email', () => {
    spec.given([ashaRegistered]).when(update({ email: 'ben' })).thenThrows('INVALID_EMAIL');
  });

  it('refuses someone not registered', () => {
    spec.given([]).when(update({ clinical: false })).thenThrows('NOT_FOUND');
  });

  it('refuses a leaver', () => {
    spec.given([ashaRegistered, ashaLeft]).when(update({ clinical: false })).thenThrows('PERSON_HAS_LEFT');
  });
});

describe('moving a person', () => {
  it('records a promotion with what it was and what it became', () => {
    spec
      .given([ashaRegistered])
      .when(move({ jobTitle: 'Ward Sister', band: { scheme: 'agenda_for_change', band: '7' }, lineManagerId: 'matron' }))
      .then([
        {
          type: 'PersonMoved',
          data: {
            personId: 'asha',
            effectiveDate: '2024-01-01',
            from: { jobTitle: 'Staff Nurse', band: { scheme: 'agenda_for_change', band: '6' }, lineManagerId: 'manager-1' },
            to: { jobTitle: 'Ward Sister', band: { scheme: 'agenda_for_change', band: '7' }, lineManagerId: 'matron' },
          },
        },
      ]);
  });

  it('records a new site, directorate and staff group, and a cleared manager', () => {
    spec
      .given([ashaRegistered])
      .when(move({ siteId: 'site-2', directorateId: 'dir-2', staffGroup: 'administrative_and_clerical', lineManagerId: null }))
      .then([
        {
          type: 'PersonMoved',
          data: {
            personId: 'asha',
            effectiveDate: '2024-01-01',
            from: { siteId: 'site-1', directorateId: 'dir-1', staffGroup: 'nursing_and_midwifery_registered', lineManagerId: 'manager-1' },
            to: { siteId: 'site-2', directorateId: 'dir-2', staffGroup: 'administrative_and_clerical', lineManagerId: null },
          },
        },
      ]);
  });

  it('records nothing when the placement is unchanged, even with facts that would fail', () => {
    const failing = { siteExists: false, directorateExists: false, managerExists: false, managerChain: ['asha'] };
    spec
      .given([ashaRegistered])
      .when(move({ jobTitle: 'Staff Nurse', band: { scheme: 'agenda_for_change', band: '6' }, siteId: 'site-1', lineManagerId: 'manager-1' }, failing))
      .then([]);
  });

  it('refuses a move dated before the person started', () => {
    spec.given([ashaRegistered]).when(move({ jobTitle: 'Sister' }, placementOk, '2021-08-31')).thenThrows('BAD_USER_INPUT');
  });

  it('refuses an effective date that is no date', () => {
    spec.given([ashaRegistered]).when(move({ jobTitle: 'Sister' }, placementOk, 'soon')).thenThrows('BAD_USER_INPUT');
  });

  it.each([
    ['UNKNOWN_SITE', { siteId: 'site-9' }, { siteExists: false }],
    ['UNKNOWN_DIRECTORATE', { directorateId: 'dir-9' }, { directorateExists: false }],
    ['UNKNOWN_MANAGER', { lineManagerId: 'ghost' }, { managerExists: false }],
    ['SELF_MANAGEMENT', { lineManagerId: 'asha' }, {}],
    ['MANAGER_LOOP', { lineManagerId: 'healthcare-assistant' }, { managerChain: ['asha', 'manager-1'] }],
    ['BAD_USER_INPUT', { staffGroup: 'Porters' }, {}],
    ['BAD_USER_INPUT', { jobTitle: ' ' }, {}],
  ])('refuses with %s', (code, changes, facts) => {
    spec.given([ashaRegistered]).when(move(changes, { ...placementOk, ...facts })).thenThrows(code);
  });

  it('refuses to move someone not registered', () => {
    spec.given([]).when(move({ jobTitle: 'Sister' })).thenThrows('NOT_FOUND');
  });

  it('refuses to move a leaver', () => {
    spec.given([ashaRegistered, ashaLeft]).when(move({ jobTitle: 'Sister' })).thenThrows('PERSON_HAS_LEFT');
  });
});

describe('recording a leaver', () => {
  it('records the leaving date, reason and detail', () => {
    spec
      .given([ashaRegistered])
      .when(leave('2025-06-30', 'resignation', ' Relocation '))
      .then([{ type: 'PersonLeft', data: { personId: 'asha', leavingDate: '2025-06-30', reason: 'resignation', detail: 'Relocation' } }]);
  });

  it('accepts leaving on the day of starting', () => {
    spec
      .given([ashaRegistered])
      .when(leave('2021-09-01', 'other'))
      .then([{ type: 'PersonLeft', data: { personId: 'asha', leavingDate: '2021-09-01', reason: 'other', detail: null } }]);
  });

  it('refuses a leaving date before the start date', () => {
    spec.given([ashaRegistered]).when(leave('2021-08-31')).thenThrows('LEAVING_BEFORE_START');
  });

  it('refuses an unknown reason', () => {
    spec.given([ashaRegistered]).when(leave('2025-06-30', 'bored')).thenThrows('BAD_USER_INPUT');
  });

  it('refuses a leaving date that is no date', () => {
    spec.given([ashaRegistered]).when(leave('2025-13-01')).thenThrows('BAD_USER_INPUT');
  });

  it('refuses to record a second leaving', () => {
    spec.given([ashaRegistered, ashaLeft]).when(leave('2025-06-30')).thenThrows('PERSON_HAS_LEFT');
  });

  it('refuses someone not registered', () => {
    spec.given([]).when(leave('2025-06-30')).thenThrows('NOT_FOUND');
  });
});
