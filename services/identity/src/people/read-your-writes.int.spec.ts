import { bootstrapOrganisation, dataOf, startIdentityTestApp, type BootstrappedOrganisation, type IdentityTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

const REGISTER = `
  mutation Register($input: RegisterPersonInput!) {
    registerPerson(input: $input) { id email jobTitle staffGroup band siteName status roles { role scopeKind scopeId } }
  }`;
const PERSON = 'query Person($id: ID!) { person(id: $id) { id email jobTitle band siteName status roles { role scopeId } } }';

describe('identity: a caller reads their own writes', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus, { sites: ['Riverside General Hospital'] });
  });

  afterAll(() => identity.close());

  it('finds each person by id in the very next request after registering them', async () => {
    const site = trust.organisation.sites[0];
    // Several in a row: a read model that lagged behind its command would show on one of them sooner or later.
    for (let n = 1; n <= 10; n += 1) {
      const input = {
        organisationId: trust.organisation.id,
        givenName: 'Priya',
        familyName: `Okafor-${n}`,
        email: `Priya.Okafor.${n}@Riverside.example`,
        jobTitle: 'Staff Nurse',
        staffGroup: 'nursing_and_midwifery_registered',
        band: 'Band 5',
        siteId: site?.id,
        shiftPattern: 'ROTATING',
        clinical: true,
        startDate: '2023-09-04',
      };
      const { registerPerson } = dataOf(await identity.graphql<{ registerPerson: { id: string } }>(REGISTER, { input }, trust.admin));

      const read = await identity.graphql<{ person: unknown }>(PERSON, { id: registerPerson.id }, trust.admin);

      expect(dataOf(read).person).toEqual({
        id: registerPerson.id,
        email: `priya.okafor.${n}@riverside.example`,
        jobTitle: 'Staff Nurse',
        band: 'Band 5',
        siteName: 'Riverside General Hospital',
        status: 'ACTIVE',
        roles: [{ role: 'STAFF', scopeId: trust.organisation.id }],
      });
    }
  });

  it('lists a registered person in people() straight away', async () => {
    const input = {
      organisationId: trust.organisation.id,
      givenName: 'Tom',
      familyName: 'Ashworth',
      email: 'tom.ashworth@riverside.example',
      jobTitle: 'Porter',
      staffGroup: 'estates_and_ancillary',
      band: 'Band 2',
      shiftPattern: 'NIGHTS',
      clinical: false,
      startDate: '2021-01-11',
    };
    const { registerPerson } = dataOf(await identity.graphql<{ registerPerson: { id: string } }>(REGISTER, { input }, trust.admin));

    const listed = await identity.graphql<{ people: { edges: { node: { id: string } }[] } }>(
      'query People($org: ID!) { people(organisationId: $org, filter: { search: "Ashworth" }) { edges { node { id } } } }',
      { org: trust.organisation.id },
      trust.admin,
    );

    expect(dataOf(listed).people.edges.map((edge) => edge.node.id)).toEqual([registerPerson.id]);
  });
});
