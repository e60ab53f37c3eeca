import { randomUUID } from 'node:crypto';
import { decodeIdentityEvent, Ethnicity as ProtoEthnicity, type IdentityEvent } from '@tapestry/contracts';
import type { Principal } from '@tapestry/auth';
import type { Subscription } from '@tapestry/messaging';
import { waitFor } from '@tapestry/testing';
import { IDENTITY_TOPIC } from '../integration/identity-event-encoder';
import type { Person } from '../people/person.graphql-types';
import { findPerson } from '../people/person.queries';
import {
  bootstrapOrganisation,
  codesOf,
  dataOf,
  principalOf,
  startIdentityTestApp,
  type BootstrappedOrganisation,
  type IdentityTestApp,
} from '../testing';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const EQUALITY_BASIS = 'UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)';

const MINE = 'myEqualityMonitoring { ethnicity objecting organisationLawfulBasis }';
const RECORD_ETHNICITY = 'mutation($e: Ethnicity!) { recordMyEthnicity(ethnicity: $e) { ethnicity objecting organisationLawfulBasis } }';
const OBJECT = 'mutation($o: Boolean!) { objectToSpecialCategoryAnalysis(objecting: $o) { ethnicity objecting } }';
const RECORD_BASIS = 'mutation($org: ID!, $basis: String!) { recordLawfulBasis(organisationId: $org, basis: $basis) { id lawfulBasis { basis recordedOn } } }';
const WITHDRAW_BASIS = 'mutation($org: ID!) { withdrawLawfulBasis(organisationId: $org) { id lawfulBasis { basis recordedOn } } }';
const LEAVE = 'mutation($id: ID!, $date: String!) { recordLeaver(id: $id, leavingDate: $date, reason: "resignation") { id } }';
const ORGANISATION_BASIS = 'query($id: ID!) { organisation(id: $id) { lawfulBasis { basis recordedOn } } }';

interface Mine {
  ethnicity: string | null;
  objecting: boolean;
  organisationLawfulBasis: string | null;
}
interface WithBasis {
  lawfulBasis: { basis: string; recordedOn: string } | null;
}

/** Today in the UK, worked out apart from the service's own clock helper. */
const londonToday = (): string => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

describe('identity: equality monitoring and the lawful basis for it', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;
  let police: BootstrappedOrganisation;
  let subscription: Subscription | undefined;
  const published: { key: string; type: string | undefined; message: IdentityEvent }[] = [];

  const gql = <Data>(query: string, variables: Record<string, unknown>, principal: Principal) => identity.graphql<Data>(query, variables, principal);
  const mine = async (principal: Principal): Promise<Mine> =>
    dataOf(await gql<{ myEqualityMonitoring: Mine }>(`{ ${MINE} }`, {}, principal)).myEqualityMonitoring;
  const basisOf = async (organisationId: string): Promise<WithBasis['lawfulBasis']> =>
    dataOf(await gql<{ organisation: WithBasis }>(ORGANISATION_BASIS, { id: organisationId }, trust.admin)).organisation.lawfulBasis;

  async function registerStaff(organisation: BootstrappedOrganisation, familyName: string): Promise<Person> {
    const input = {
      organisationId: organisation.organisation.id,
      givenName: 'Sam',
      familyName,
      email: `sam.${familyName.toLowerCase()}.${randomUUID().slice(0, 6)}@trust.example`,
      jobTitle: 'Staff Nurse',
      staffGroup: 'nursing_and_midwifery_registered',
      band: 'Band 5',
      shiftPattern: 'DAYS',
      clinical: true,
      startDate: '2022-09-05',
    };
    const register = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
    const reply = await gql<{ registerPerson: { id: string } }>(register, { input }, organisation.admin);
    // As the store keeps it (role values, not GraphQL enum names), which is what principalOf reads.
    return (await findPerson(identity.pool, dataOf(reply).registerPerson.id)) as Person;
  }
  const staffPrincipal = async (familyName: string, organisation = trust): Promise<Principal> => principalOf(await registerStaff(organisation, familyName));

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    subscription = await identity.transport.subscribe({
      groupId: `identity-relay-test-${randomUUID()}`,
      topics: [IDENTITY_TOPIC],
      fromBeginning: true,
      handler: (message) => {
        published.push({ key: message.key, type: message.headers['event-type'], message: decodeIdentityEvent(message.value) });
        return Promise.resolve();
      },
    });
    trust = await bootstrapOrganisation(identity.commandBus, { name: 'Riverside Community NHS Trust' });
    police = await bootstrapOrganisation(identity.commandBus, { name: 'Riverside Police' });
  });

  afterAll(async () => {
    await subscription?.stop();
    await identity.close();
  });

  describe('the lawful basis', () => {
    it('is recorded by the organisation’s admin, trimmed and dated today, and read back on the organisation', async () => {
      const reply = await gql<{ recordLawfulBasis: { id: string } & WithBasis }>(
        RECORD_BASIS,
        { org: trust.organisation.id, basis: `  ${EQUALITY_BASIS}  ` },
        trust.admin,
      );

      const expected = { basis: EQUALITY_BASIS, recordedOn: londonToday() };
      expect(dataOf(reply).recordLawfulBasis).toEqual({ id: trust.organisation.id, lawfulBasis: expected });
      expect(await basisOf(trust.organisation.id)).toEqual(expected);
      expect(await basisOf(police.organisation.id)).toBeNull();
    });

    it('is refused to a member of staff and a programme lead of the organisation', async () => {
      const nurse = await staffPrincipal('Okafor');
      const leadPerson = await registerStaff(trust, 'Lead');
      const granted = await gql<{ grantRole: { id: string } }>(
        'mutation($p: ID!, $s: ID!) { grantRole(personId: $p, role: PROGRAMME_LEAD, scopeKind: ORGANISATION, scopeId: $s) { id } }',
        { p: leadPerson.id, s: trust.organisation.id },
        trust.admin,
      );
      const lead = principalOf((await findPerson(identity.pool, dataOf(granted).grantRole.id)) as Person);
      expect(lead.roles.map((grant) => grant.role)).toEqual(['programme_lead', 'staff']);

      for (const caller of [nurse, lead]) {
        expect(codesOf(await gql(RECORD_BASIS, { org: trust.organisation.id, basis: 'Art. 9(2)(a) explicit consent' }, caller))).toEqual(['FORBIDDEN']);
        expect(codesOf(await gql(WITHDRAW_BASIS, { org: trust.organisation.id }, caller))).toEqual(['FORBIDDEN']);
      }
      expect(await basisOf(trust.organisation.id)).toMatchObject({ basis: EQUALITY_BASIS });
    });

    it('is refused to the admin of another organisation, and to a consortium admin over it', async () => {
      const reply = await gql(RECORD_BASIS, { org: trust.organisation.id, basis: 'Art. 9(2)(a) explicit consent' }, police.admin);

      expect(codesOf(reply)).toEqual(['FORBIDDEN']);
      expect(reply.errors?.[0]?.message).toBe('You may not record the lawful basis of an organisation you do not administer.');
      expect(codesOf(await gql(WITHDRAW_BASIS, { org: trust.organisation.id }, police.admin))).toEqual(['FORBIDDEN']);

      // The trust's admin founds a consortium with the police, so becomes consortium admin over it, but not its organisation admin.
      dataOf(
        await gql(
          'mutation($orgs: [ID!]) { createConsortium(input: { name: "Riverside Wellbeing Partnership", memberOrganisationIds: $orgs }) { id } }',
          { orgs: [trust.organisation.id, police.organisation.id] },
          trust.admin,
        ),
      );
      const founder = principalOf((await findPerson(identity.pool, trust.admin.personId)) ?? trust.adminPerson);
      expect(founder.roles.map((grant) => grant.role)).toContain('consortium_admin');
      expect(codesOf(await gql(RECORD_BASIS, { org: police.organisation.id, basis: EQUALITY_BASIS }, founder))).toEqual(['FORBIDDEN']);

      expect(await basisOf(trust.organisation.id)).toMatchObject({ basis: EQUALITY_BASIS });
      expect(await basisOf(police.organisation.id)).toBeNull();
    });

    it('refuses a basis too short or too long, and an organisation id that is not one', async () => {
      for (const basis of ['Art. 9', '   ', 'x'.repeat(501)]) {
        expect(codesOf(await gql(RECORD_BASIS, { org: police.organisation.id, basis }, police.admin))).toEqual(['INVALID_LAWFUL_BASIS']);
      }
      expect(codesOf(await gql(RECORD_BASIS, { org: 'riverside', basis: EQUALITY_BASIS }, police.admin))).toEqual(['BAD_USER_INPUT']);
      expect(await basisOf(police.organisation.id)).toBeNull();
    });

    it('refuses an organisation that does not exist, to an admin the principal says it has', async () => {
      const ghost = randomUUID();
      const adminOfGhost: Principal = { ...police.admin, roles: [{ role: 'organisation_admin', scope: { kind: 'organisation', id: ghost } }] };

      expect(codesOf(await gql(RECORD_BASIS, { org: ghost, basis: EQUALITY_BASIS }, adminOfGhost))).toEqual(['UNKNOWN_ORGANISATION']);
    });

    it('is withdrawn by its admin, after which people see none', async () => {
      const constable = await staffPrincipal('Constable', police);
      dataOf(await gql(RECORD_BASIS, { org: police.organisation.id, basis: EQUALITY_BASIS }, police.admin));
      expect((await mine(constable)).organisationLawfulBasis).toBe(EQUALITY_BASIS);

      const reply = await gql<{ withdrawLawfulBasis: WithBasis }>(WITHDRAW_BASIS, { org: police.organisation.id }, police.admin);

      expect(dataOf(reply).withdrawLawfulBasis.lawfulBasis).toBeNull();
      expect(await basisOf(police.organisation.id)).toBeNull();
      expect((await mine(constable)).organisationLawfulBasis).toBeNull();
      // Withdrawing again has nothing to withdraw: it succeeds and changes nothing.
      const again = await gql<{ withdrawLawfulBasis: WithBasis }>(WITHDRAW_BASIS, { org: police.organisation.id }, police.admin);
      expect(dataOf(again).withdrawLawfulBasis.lawfulBasis).toBeNull();
    });
  });

  describe("a person's own record", () => {
    it('starts empty and shows the organisation’s basis', async () => {
      const nurse = await staffPrincipal('Fresh');

      expect(await mine(nurse)).toEqual({ ethnicity: null, objecting: false, organisationLawfulBasis: EQUALITY_BASIS });
    });

    it('holds what the person declares, replaced by a later declaration, "prefer not to say" included', async () => {
      const nurse = await staffPrincipal('Shah');

      const first = await gql<{ recordMyEthnicity: Mine }>(RECORD_ETHNICITY, { e: 'ASIAN_OR_ASIAN_BRITISH' }, nurse);
      expect(dataOf(first).recordMyEthnicity).toEqual({ ethnicity: 'ASIAN_OR_ASIAN_BRITISH', objecting: false, organisationLawfulBasis: EQUALITY_BASIS });

      dataOf(await gql(RECORD_ETHNICITY, { e: 'PREFER_NOT_TO_SAY' }, nurse));
      expect((await mine(nurse)).ethnicity).toBe('PREFER_NOT_TO_SAY');
    });

    it('is the caller’s alone: another person’s declaration, or an admin’s, never touches it', async () => {
      const priya = await staffPrincipal('Patel');
      const tom = await staffPrincipal('Ashworth');
      dataOf(await gql(RECORD_ETHNICITY, { e: 'BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN' }, priya));

      dataOf(await gql(RECORD_ETHNICITY, { e: 'WHITE' }, tom));
      dataOf(await gql(RECORD_ETHNICITY, { e: 'MIXED_OR_MULTIPLE' }, trust.admin));

      expect((await mine(priya)).ethnicity).toBe('BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN');
      expect((await mine(tom)).ethnicity).toBe('WHITE');
      expect((await mine(trust.admin)).ethnicity).toBe('MIXED_OR_MULTIPLE');
      // There is no way to name someone else: the operations take no person id, and Person has no such field.
      const aimed = await gql(
        'mutation($p: ID!) { recordMyEthnicity(ethnicity: WHITE, personId: $p) { ethnicity } }',
        { p: priya.personId },
        trust.admin,
      );
      expect(codesOf(aimed)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(codesOf(await gql('query($id: ID!) { person(id: $id) { id ethnicity } }', { id: priya.personId }, trust.admin))).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expect((await mine(priya)).ethnicity).toBe('BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN');
    });

    it('records an objection and its withdrawal, keeping the declaration', async () => {
      const nurse = await staffPrincipal('Nowak');
      dataOf(await gql(RECORD_ETHNICITY, { e: 'OTHER_ETHNIC_GROUP' }, nurse));

      const objected = await gql<{ objectToSpecialCategoryAnalysis: Partial<Mine> }>(OBJECT, { o: true }, nurse);
      expect(dataOf(objected).objectToSpecialCategoryAnalysis).toEqual({ ethnicity: 'OTHER_ETHNIC_GROUP', objecting: true });
      expect((await mine(nurse)).objecting).toBe(true);

      const withdrawn = await gql<{ objectToSpecialCategoryAnalysis: Partial<Mine> }>(OBJECT, { o: false }, nurse);
      expect(dataOf(withdrawn).objectToSpecialCategoryAnalysis).toEqual({ ethnicity: 'OTHER_ETHNIC_GROUP', objecting: false });
    });

    it('refuses a new declaration from someone who has left, but still takes their objection', async () => {
      const leaver = await staffPrincipal('Leaver');
      dataOf(await gql(RECORD_ETHNICITY, { e: 'WHITE' }, leaver));
      dataOf(await gql(LEAVE, { id: leaver.personId, date: '2025-03-31' }, trust.admin));

      const refused = await gql(RECORD_ETHNICITY, { e: 'ASIAN_OR_ASIAN_BRITISH' }, leaver);

      expect(codesOf(refused)).toEqual(['PERSON_HAS_LEFT']);
      expect(dataOf(await gql<{ objectToSpecialCategoryAnalysis: Partial<Mine> }>(OBJECT, { o: true }, leaver)).objectToSpecialCategoryAnalysis).toEqual({
        ethnicity: 'WHITE',
        objecting: true,
      });
      expect(codesOf(await gql(OBJECT, { o: false }, leaver))).toEqual(['PERSON_HAS_LEFT']);
    });

    it('refuses a caller who is not a registered person, and an ethnicity not in the census list', async () => {
      const system: Principal = { personId: 'system:test', organisationId: trust.organisation.id, email: 'system@tapestry.invalid', roles: [] };
      expect(codesOf(await gql(RECORD_ETHNICITY, { e: 'WHITE' }, system))).toEqual(['NOT_FOUND']);
      expect(codesOf(await gql(RECORD_ETHNICITY, { e: 'BRITISH' }, trust.admin))).toEqual(['BAD_USER_INPUT']);
    });

    it('is kept in no read-model table: only in the person’s own event stream', async () => {
      const nurse = await staffPrincipal('Kowalski');
      dataOf(await gql(RECORD_ETHNICITY, { e: 'ASIAN_OR_ASIAN_BRITISH' }, nurse));
      const { rows: tables } = await identity.pool.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'events'",
      );
      expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['people', 'organisations', 'lawful_bases']));

      for (const { name } of tables) {
        const { rows } = await identity.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${name} t WHERE to_jsonb(t)::text ILIKE '%asian%'`);
        expect({ table: name, rows: Number(rows[0]?.n) }).toEqual({ table: name, rows: 0 });
      }
      const { rows } = await identity.pool.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE stream_id = $1 AND type = 'EthnicityRecorded'", [
        `equality-monitoring-${nurse.personId}`,
      ]);
      expect(Number(rows[0]?.n)).toBe(1);
    });
  });

  describe('the relay', () => {
    it('publishes the lawful basis, declarations and objections to tapestry.identity.v1, and nothing for refused changes', async () => {
      const nurse = await staffPrincipal('Relayed');
      dataOf(await gql(RECORD_ETHNICITY, { e: 'MIXED_OR_MULTIPLE' }, nurse));
      dataOf(await gql(OBJECT, { o: true }, nurse));
      dataOf(await gql(OBJECT, { o: false }, nurse));
      dataOf(await gql(OBJECT, { o: false }, nurse));
      const leaver = await staffPrincipal('Departed');
      dataOf(await gql(RECORD_ETHNICITY, { e: 'WHITE' }, leaver));
      dataOf(await gql(LEAVE, { id: leaver.personId, date: '2025-06-30' }, trust.admin));
      expect(codesOf(await gql(RECORD_ETHNICITY, { e: 'OTHER_ETHNIC_GROUP' }, leaver))).toEqual(['PERSON_HAS_LEFT']);
      dataOf(await gql(OBJECT, { o: true }, leaver));
      const keyed = (key: string) => published.filter((entry) => entry.key === key);
      const nurseStream = `equality-monitoring-${nurse.personId}`;
      const leaverStream = `equality-monitoring-${leaver.personId}`;
      const trustStream = `organisation-${trust.organisation.id}`;
      const policeStream = `organisation-${police.organisation.id}`;

      const arrived = () =>
        keyed(nurseStream).length >= 3 && keyed(leaverStream).length >= 2 && keyed(policeStream).some((entry) => entry.type === 'LawfulBasisWithdrawn');
      await waitFor(arrived, { timeoutMs: 15_000, description: 'the new events on the topic' });

      const own = keyed(nurseStream);
      expect(own.map((entry) => entry.type)).toEqual(['EthnicityRecorded', 'SpecialCategoryObjectionChanged', 'SpecialCategoryObjectionChanged']);
      const about = { personId: nurse.personId, organisationId: trust.organisation.id };
      expect(own.map((entry) => entry.message.event)).toEqual([
        { case: 'ethnicityRecorded', value: expect.objectContaining({ ...about, ethnicity: ProtoEthnicity.MIXED_OR_MULTIPLE }) },
        { case: 'specialCategoryObjectionChanged', value: expect.objectContaining({ ...about, objecting: true }) },
        { case: 'specialCategoryObjectionChanged', value: expect.objectContaining({ ...about, objecting: false }) },
      ]);
      expect(own[0]?.message.envelope?.organisationId).toBe(trust.organisation.id);
      expect(own[0]?.message.envelope?.actorId).toBe(nurse.personId);
      // The leaver's refused declaration never reached the store, so never the topic: their objection follows the first one.
      expect(keyed(leaverStream).map((entry) => entry.message.event)).toEqual([
        { case: 'ethnicityRecorded', value: expect.objectContaining({ ethnicity: ProtoEthnicity.WHITE }) },
        { case: 'specialCategoryObjectionChanged', value: expect.objectContaining({ objecting: true }) },
      ]);

      const basisEvents = (key: string) =>
        keyed(key).filter((entry) => entry.type === 'LawfulBasisRecorded' || entry.type === 'LawfulBasisWithdrawn').map((entry) => entry.message.event);
      // Refused, invalid and idempotent attempts published nothing.
      expect(basisEvents(trustStream)).toEqual([
        {
          case: 'lawfulBasisRecorded',
          value: expect.objectContaining({
            organisationId: trust.organisation.id,
            basis: EQUALITY_BASIS,
            recordedBy: trust.admin.personId,
            recordedOn: londonToday(),
          }),
        },
      ]);
      expect(basisEvents(policeStream)).toEqual([
        { case: 'lawfulBasisRecorded', value: expect.objectContaining({ organisationId: police.organisation.id, recordedBy: police.admin.personId }) },
        { case: 'lawfulBasisWithdrawn', value: expect.objectContaining({ organisationId: police.organisation.id, withdrawnBy: police.admin.personId }) },
      ]);
    });
  });
});
