import { bootstrapOrganisation, codesOf, dataOf, startIdentityTestApp, type BootstrappedOrganisation, type IdentityTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

const PERSON = 'query($id: ID!) { person(id: $id) { staffGroup band jobTitle } }';
const UPDATE = 'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { staffGroup band jobTitle } }';
const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { staffGroup } }';

/**
 * People see and type staff groups as ESR spells them ("Nursing and Midwifery Registered"): person() answers that way,
 * and the import and the people() filter accept it. The write mutations must accept it back too.
 */
describe('identity: staff groups as people write them', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus);
  });

  afterAll(() => identity.close());

  it('takes back, in updatePerson, the staff group person() gave out', async () => {
    const { person } = dataOf(await identity.graphql<{ person: { staffGroup: string } }>(PERSON, { id: trust.admin.personId }, trust.admin));
    expect(person.staffGroup).toBe('Administrative and Clerical');

    const reply = await identity.graphql(UPDATE, { id: trust.admin.personId, input: { staffGroup: person.staffGroup, jobTitle: 'Head of Workforce Systems' } }, trust.admin);

    expect(codesOf(reply)).toEqual([]);
    expect(reply.data).toEqual({ updatePerson: { staffGroup: 'Administrative and Clerical', band: 'Band 6', jobTitle: 'Head of Workforce Systems' } });
  });

  it('registers a person with the staff group as ESR spells it', async () => {
    const input = {
      organisationId: trust.organisation.id,
      givenName: 'Nia',
      familyName: 'Brennan',
      email: 'nia.brennan@riverside.example',
      jobTitle: 'Midwife',
      staffGroup: 'Nursing and Midwifery Registered',
      band: 'Band 6',
      shiftPattern: 'ROTATING',
      clinical: true,
      startDate: '2022-05-16',
    };

    const reply = await identity.graphql(REGISTER, { input }, trust.admin);

    expect(codesOf(reply)).toEqual([]);
    expect(reply.data).toEqual({ registerPerson: { staffGroup: 'Nursing and Midwifery Registered' } });
  });
});
