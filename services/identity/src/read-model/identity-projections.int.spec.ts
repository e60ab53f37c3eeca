import { rebuildProjection } from '@tapestry/eventsourcing';
import { OrganisationKind } from '../organisations/organisation.graphql-types';
import { findPerson } from '../people/person.queries';
import { esrStaffRecords, toCsv } from '../staff-import/esr-staff.fixture';
import { bootstrapOrganisation, dataOf, principalOf, startIdentityTestApp, type BootstrappedOrganisation, type IdentityTestApp } from '../testing';
import { IDENTITY_PROJECTIONS } from './identity-projections';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

/** Every identity read-model table, with the key that orders a full dump of it. */
const TABLES: Record<string, string> = {
  organisations: 'id',
  sites: 'id',
  directorates: 'id',
  consortia: 'id',
  consortium_members: 'consortium_id, organisation_id',
  people: 'id',
  role_grants: 'person_id, role, scope_kind, scope_id',
  accounts: 'person_id',
  lawful_bases: 'organisation_id',
};

const PERSON_FIELDS = 'id email siteId lineManagerId status';

describe('identity: rebuilding every read model from position 0', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;
  let police: BootstrappedOrganisation;

  const dump = async (): Promise<Record<string, unknown[]>> => {
    const tables = await Promise.all(
      Object.entries(TABLES).map(async ([table, key]) => {
        const { rows } = await identity.pool.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${key}`);
        return [table, rows.map((row) => row.row)] as const;
      }),
    );
    return Object.fromEntries(tables);
  };
  const gql = async <Data>(query: string, variables: Record<string, unknown>, principal = trust.admin): Promise<Data> =>
    dataOf(await identity.graphql<Data>(query, variables, principal));

  /** A history with every kind of event the projections handle: imports, moves, corrections, leavers, roles, consortia, sign-ins. */
  async function liveAYear(): Promise<void> {
    const staff = esrStaffRecords(30, 7);
    await gql('mutation($org: ID!, $csv: String!) { importStaff(organisationId: $org, csv: $csv) { registered } }', {
      org: trust.organisation.id,
      csv: toCsv(staff),
    });
    const people = await gql<{ people: { edges: { node: { id: string; email: string; siteId: string | null } }[] } }>(
      `query($org: ID!) { people(organisationId: $org, first: 100) { edges { node { ${PERSON_FIELDS} } } } }`,
      { org: trust.organisation.id },
    );
    const ids = people.people.edges.map((edge) => edge.node.id);
    const [mover, leaver, coach, renamed] = ids.slice(10, 14) as [string, string, string, string];
    const newSite = await gql<{ addSite: { sites: { id: string; name: string }[] } }>(
      'mutation($org: ID!) { addSite(organisationId: $org, name: "Harbourside Day Surgery Unit") { sites { id name } } }',
      { org: trust.organisation.id },
    );
    const harbourside = newSite.addSite.sites.find((site) => site.name === 'Harbourside Day Surgery Unit')?.id;
    await gql(`mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`, {
      id: mover,
      input: { siteId: harbourside, band: 'Band 7', jobTitle: 'Theatre Manager', effectiveDate: '2025-04-01' },
    });
    await gql(`mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`, {
      id: renamed,
      input: { familyName: 'Llewellyn-Hart', email: 'renamed.person@trust.example', shiftPattern: 'NIGHTS' },
    });
    await gql('mutation($id: ID!) { recordLeaver(id: $id, leavingDate: "2025-03-31", reason: "retirement") { id } }', { id: leaver });
    const grant = 'mutation($p: ID!, $s: ID!) { grantRole(personId: $p, role: COACH, scopeKind: ORGANISATION, scopeId: $s) { id } }';
    const revoke = 'mutation($p: ID!, $s: ID!) { revokeRole(personId: $p, role: COACH, scopeKind: ORGANISATION, scopeId: $s) { id } }';
    await gql(grant, { p: coach, s: trust.organisation.id });
    await gql(grant, { p: mover, s: trust.organisation.id });
    await gql(revoke, { p: mover, s: trust.organisation.id });
    await gql('mutation($p: String!, $id: ID) { setPassword(password: $p, personId: $id) }', { p: 'otter lantern quay', id: coach });
    const coachEmail = people.people.edges.find((edge) => edge.node.id === coach)?.node.email ?? '';
    await gql('mutation($e: String!) { login(email: $e, password: "otter lantern quay") { accessToken } }', { e: coachEmail });
    const consortium = await gql<{ createConsortium: { id: string } }>(
      'mutation($orgs: [ID!]) { createConsortium(input: { name: "Riverside Wellbeing Partnership", memberOrganisationIds: $orgs }) { id } }',
      { orgs: [trust.organisation.id, police.organisation.id] },
    );
    const founder = principalOf((await findPerson(identity.pool, trust.admin.personId)) ?? trust.adminPerson);
    const third = await bootstrapOrganisation(identity.commandBus, { name: 'Riverside Borough Council' });
    const membership = (change: string) =>
      gql(`mutation($c: ID!, $o: ID!) { ${change}(consortiumId: $c, organisationId: $o) { id } }`, { c: consortium.createConsortium.id, o: third.organisation.id }, founder);
    await membership('addConsortiumMember');
    await membership('removeConsortiumMember');
    await membership('addConsortiumMember');
    const basis = (organisation: BootstrappedOrganisation, text: string) =>
      gql('mutation($org: ID!, $basis: String!) { recordLawfulBasis(organisationId: $org, basis: $basis) { id } }', { org: organisation.organisation.id, basis: text }, organisation.admin);
    await basis(trust, 'UK GDPR Art. 9(2)(b) with DPA 2018 Sch. 1 para. 1 (employment)');
    await basis(trust, 'UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)');
    await basis(police, 'UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)');
    await gql('mutation($org: ID!) { withdrawLawfulBasis(organisationId: $org) { id } }', { org: police.organisation.id }, police.admin);
  }

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus, { name: 'Riverside Community NHS Trust', odsCode: 'RX9' });
    police = await bootstrapOrganisation(identity.commandBus, { name: 'Riverside Police', kind: OrganisationKind.POLICE });
    await liveAYear();
  });

  afterAll(() => identity.close());

  it('gives back exactly the tables the live projections built', async () => {
    const before = await dump();
    // The history reached every table, so an identical rebuild means something.
    expect(before.people).toHaveLength(33);
    expect(before.people).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'left', leaving_reason: 'retirement' })]));
    expect(before.organisations).toHaveLength(3);
    expect(before.consortium_members).toHaveLength(3);
    expect(before.lawful_bases).toEqual([expect.objectContaining({ organisation_id: trust.organisation.id, basis: expect.stringContaining('para. 8') as unknown })]);
    expect(before.accounts).toEqual([expect.objectContaining({ last_login_at: expect.any(String) as unknown })]);
    expect(before.role_grants).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'coach' }), expect.objectContaining({ role: 'consortium_admin' })]),
    );
    const { rows } = await identity.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
    const events = Number(rows[0]?.n);

    for (const projection of IDENTITY_PROJECTIONS) {
      const rebuilt = await rebuildProjection(identity.pool, identity.store.events, projection);
      expect({ projection: projection.name, processed: rebuilt.processed }).toEqual({ projection: projection.name, processed: events });
    }

    expect(await dump()).toEqual(before);
  });
});
