import { DeciderSpecification } from '@tapestry/eventsourcing';
import { personDecider } from './person.decider';
import { ashaRegistered, placementOk, registerAsha } from './person.fixtures';

const spec = DeciderSpecification.for(personDecider);
const registrationFacts = { ...placementOk, organisationExists: true, emailTaken: false };

describe('registering a person', () => {
  it('records the person, with the email trimmed and lower-cased', () => {
    spec.given([]).when(registerAsha({ email: '  Asha.Patel@TRUST.example ' })).then([ashaRegistered]);
  });

  it('records someone with no site, directorate, manager or employee number, e.g. a chief executive', () => {
    const command = registerAsha({ siteId: undefined, directorateId: null, lineManagerId: undefined, employeeNumber: ' ' });
    const facts = { ...registrationFacts, siteExists: false, directorateExists: false, managerExists: false };
    spec
      .given([])
      .when({ ...command, facts })
      .then([{ ...ashaRegistered, data: { ...ashaRegistered.data, siteId: null, directorateId: null, lineManagerId: null, employeeNumber: null } }]);
  });

  it('reads the shift pattern as people write it', () => {
    spec
      .given([])
      .when(registerAsha({ shiftPattern: 'Part-time' }))
      .then([{ ...ashaRegistered, data: { ...ashaRegistered.data, shiftPattern: 'part_time' } }]);
  });

  it('refuses to register the same person twice', () => {
    spec.given([ashaRegistered]).when(registerAsha()).thenThrows('PERSON_EXISTS');
  });

  it('refuses an unknown organisation', () => {
    spec.given([]).when(registerAsha({ facts: { ...registrationFacts, organisationExists: false } })).thenThrows('UNKNOWN_ORGANISATION');
  });

  it.each(['asha', 'asha@', '@trust.example', 'asha patel@trust.example', 'asha@trust', `${'a'.repeat(250)}@trust.example`])(
    'refuses the email %p',
    (email) => {
      spec.given([]).when(registerAsha({ email })).thenThrows('INVALID_EMAIL');
    },
  );

  it('refuses an email someone else has', () => {
    spec
      .given([])
      .when(registerAsha({ facts: { ...registrationFacts, emailTaken: true } }))
      .thenThrows('DUPLICATE_EMAIL', /already registered with asha\.patel@trust\.example/);
  });

  it.each([
    ['an empty given name', { name: { given: ' ', family: 'Patel' } }, 'Given name'],
    ['an empty family name', { name: { given: 'Asha', family: '' } }, 'Family name'],
    ['an empty job title', { jobTitle: '' }, 'Job title'],
    ['an unknown staff group', { staffGroup: 'Nurses' }, 'staff group'],
    ['an unknown band', { band: { scheme: 'agenda_for_change', band: '10' } as never }, 'band'],
    ['an unknown shift pattern', { shiftPattern: 'weekends' }, 'shift pattern'],
    ['a start date that is no date', { startDate: '31/02/2021' }, 'Start date'],
    ['an over-long employee number', { employeeNumber: '1'.repeat(31) }, 'Employee number'],
  ])('refuses %s', (_case, overrides, mentioned) => {
    spec.given([]).when(registerAsha(overrides)).thenThrows('BAD_USER_INPUT', new RegExp(mentioned));
  });

  it('refuses an unknown site', () => {
    spec.given([]).when(registerAsha({ facts: { ...registrationFacts, siteExists: false } })).thenThrows('UNKNOWN_SITE');
  });

  it('refuses an unknown directorate', () => {
    spec.given([]).when(registerAsha({ facts: { ...registrationFacts, directorateExists: false } })).thenThrows('UNKNOWN_DIRECTORATE');
  });

  it('refuses an unknown manager', () => {
    spec.given([]).when(registerAsha({ facts: { ...registrationFacts, managerExists: false } })).thenThrows('UNKNOWN_MANAGER');
  });

  it('refuses a person managing themselves', () => {
    spec.given([]).when(registerAsha({ lineManagerId: 'asha' })).thenThrows('SELF_MANAGEMENT');
  });

  it('refuses a manager who already reports to the new person', () => {
    const command = registerAsha({ facts: { ...registrationFacts, managerChain: ['matron', 'asha', 'director'] } });
    spec.given([]).when(command).thenThrows('MANAGER_LOOP', /manager-1 already reports, directly or through others, to this person/);
    let thrown: unknown;
    try {
      personDecider.decide(command, personDecider.initialState);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ details: { field: 'lineManagerId', loop: ['asha', 'manager-1', 'matron', 'asha'] } });
  });
});
