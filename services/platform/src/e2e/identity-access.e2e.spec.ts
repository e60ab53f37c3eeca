/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { dataOf, errorCodes } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import {
  ADD_CONSORTIUM_MEMBER,
  CREATE_ORGANISATION,
  everyone,
  GRANT_ROLE,
  headcount,
  LOGIN,
  ME,
  newPerson,
  PEOPLE,
  PERSON,
  RECORD_LEAVER,
  REGISTER_PERSON,
  REMOVE_CONSORTIUM_MEMBER,
  theConsortium,
  type Consortium,
  type PersonRecord,
} from './identity-operations';

jest.setTimeout(30_000);

/** Authorization per role, through the gateway, against the seeded demo trust. */
describe('who may see and change what in identity', () => {
  let platform: TestPlatform;
  const as: Record<string, SignedIn> = {};
  let trustId: string;
  let policeId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const { role } of platform.logins.logins) as[role] = await platform.signInAs(role);
    trustId = as.organisation_admin.organisationId;
    policeId = as['coach (police)'].organisationId;
  }, 180_000);
  afterAll(() => platform?.stop());

  const person = (id: string, token: string) => platform.graphql<{ person: PersonRecord | null }>(PERSON, { id }, token);
  const people = (organisationId: string, token: string) => platform.graphql<{ people: { totalCount: number } }>(PEOPLE, { organisationId, first: 5 }, token);

  describe('an organisation admin', () => {
    it('registers a person in their own organisation, who then appears in its staff list', async () => {
      const admin = as.organisation_admin.token;
      const before = await headcount(platform, admin, trustId);
      const reply = await platform.graphql<{ registerPerson: PersonRecord }>(
        REGISTER_PERSON,
        { input: newPerson(trustId, 'sam.okafor@riverside-northgate.example.nhs.uk') },
        admin,
      );
      const registered = dataOf(reply).registerPerson;
      expect(registered).toMatchObject({ organisationId: trustId, email: 'sam.okafor@riverside-northgate.example.nhs.uk', status: 'ACTIVE' });
      expect(registered.roles).toEqual([{ role: 'STAFF', scopeKind: 'ORGANISATION', scopeId: trustId }]);
      expect(await headcount(platform, admin, trustId)).toBe(before + 1);
      expect(dataOf(await person(registered.id, admin)).person?.email).toBe('sam.okafor@riverside-northgate.example.nhs.uk');
    });

    it('may not register anyone in another organisation (the police), and nobody is added there', async () => {
      const reply = await platform.graphql(REGISTER_PERSON, { input: newPerson(policeId, 'kim.doyle@riverside-police.example.police.uk', { staffGroup: 'non_nhs', band: 'Sergeant' }) }, as.organisation_admin.token);
      expect(errorCodes(reply)).toEqual(['FORBIDDEN']);
      expect(reply.body.data).toBeNull();
      // The consortium admin's role reaches the police's staff list.
      expect(await headcount(platform, as.consortium_admin.token, policeId, 'kim.doyle')).toBe(0);
    });

    it('grants an organisation role, which then shows on the person', async () => {
      const staff = as.staff.personId;
      const reply = await platform.graphql<{ grantRole: PersonRecord }>(GRANT_ROLE, { personId: staff, role: 'MENTOR', scopeKind: 'ORGANISATION', scopeId: trustId }, as.organisation_admin.token);
      expect(dataOf(reply).grantRole.roles).toContainEqual({ role: 'MENTOR', scopeKind: 'ORGANISATION', scopeId: trustId });
      const reread = dataOf(await person(staff, as.organisation_admin.token)).person;
      expect(reread?.roles).toContainEqual({ role: 'MENTOR', scopeKind: 'ORGANISATION', scopeId: trustId });
    });

    it('may not grant a consortium role, and the person is left without it', async () => {
      const consortium = await theConsortium(platform, as.organisation_admin.token);
      const grant = { personId: as.staff.personId, role: 'PROGRAMME_LEAD', scopeKind: 'CONSORTIUM', scopeId: consortium.id };
      expect(errorCodes(await platform.graphql(GRANT_ROLE, grant, as.organisation_admin.token))).toEqual(['FORBIDDEN']);
      const reread = dataOf(await person(as.staff.personId, as.organisation_admin.token)).person;
      expect(reread?.roles.filter((role) => role.scopeKind === 'CONSORTIUM')).toEqual([]);
    });

    it('records a leaver, who can no longer sign in', async () => {
      const admin = as.organisation_admin.token;
      const email = 'robin.hale@riverside-northgate.example.nhs.uk';
      const password = 'leaving for the coast in spring';
      const registered = dataOf(await platform.graphql<{ registerPerson: PersonRecord }>(REGISTER_PERSON, { input: newPerson(trustId, email, { initialPassword: password }) }, admin));
      await platform.signIn(email, password);
      const left = await platform.graphql<{ recordLeaver: PersonRecord }>(RECORD_LEAVER, { id: registered.registerPerson.id, leavingDate: '2026-03-31', reason: 'resignation' }, admin);
      expect(dataOf(left).recordLeaver.status).toBe('LEFT');
      const refused = await platform.graphql(LOGIN, { email, password });
      expect(errorCodes(refused)).toEqual(['INVALID_CREDENTIALS']);
    });
  });

  describe('a member of staff', () => {
    it('reads their own record, through `me` and by id', async () => {
      const me = dataOf(await platform.graphql<{ me: PersonRecord }>(ME, {}, as.staff.token)).me;
      expect(me).toMatchObject({ id: as.staff.personId, email: platform.logins.logins.find((login) => login.role === 'staff')?.email });
      expect(dataOf(await person(as.staff.personId, as.staff.token)).person?.id).toBe(as.staff.personId);
    });

    it("may not read a colleague's record", async () => {
      const reply = await person(as.analyst.personId, as.staff.token);
      expect(errorCodes(reply)).toEqual(['FORBIDDEN']);
      expect(reply.body.data?.person).toBeNull();
    });

    it("may not list the organisation's people", async () => {
      expect(errorCodes(await people(trustId, as.staff.token))).toEqual(['FORBIDDEN']);
    });
  });

  describe('a line manager', () => {
    let reports: PersonRecord[];
    let others: PersonRecord[];

    beforeAll(async () => {
      const staff = await everyone(platform, as.organisation_admin.token, trustId);
      reports = staff.filter((member) => member.lineManagerId === as.line_manager.personId);
      others = staff.filter((member) => member.lineManagerId !== as.line_manager.personId && member.id !== as.line_manager.personId);
    });

    it("reads a direct report's record", async () => {
      expect(reports.length).toBeGreaterThan(0);
      const report = reports[0];
      expect(dataOf(await person(report.id, as.line_manager.token)).person).toMatchObject({ id: report.id, lineManagerId: as.line_manager.personId });
    });

    it("may not read the record of someone who does not report to them, nor list the organisation's people", async () => {
      expect(errorCodes(await person(others[0].id, as.line_manager.token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await people(trustId, as.line_manager.token))).toEqual(['FORBIDDEN']);
    });
  });

  describe('programme lead, analyst and the police coach', () => {
    it("a programme lead lists their organisation's people", async () => {
      const reply = await people(trustId, as.programme_lead.token);
      expect(dataOf(reply).people.totalCount).toBeGreaterThanOrEqual(320);
    });

    it('an analyst may not list people (they see aggregates only)', async () => {
      const reply = await people(trustId, as.analyst.token);
      expect(errorCodes(reply)).toEqual(['FORBIDDEN']);
      expect(reply.body.data).toBeNull();
    });

    it("the police coach may read neither the trust's staff list nor anyone in it", async () => {
      expect(errorCodes(await people(trustId, as['coach (police)'].token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await person(as.staff.personId, as['coach (police)'].token))).toEqual(['FORBIDDEN']);
    });
  });

  describe('consortium membership', () => {
    let consortium: Consortium;
    let councilId: string;

    beforeAll(async () => {
      consortium = await theConsortium(platform, as.consortium_admin.token);
      const created = await platform.graphql<{ createOrganisation: { id: string } }>(
        CREATE_ORGANISATION,
        { input: { name: 'Northgate Borough Council', kind: 'LOCAL_AUTHORITY' } },
        as.consortium_admin.token,
      );
      councilId = dataOf(created).createOrganisation.id;
    });

    const members = async () => (await theConsortium(platform, as.consortium_admin.token)).members.map((member) => member.id);

    it('the consortium admin adds an organisation and removes it again', async () => {
      const membership = { consortiumId: consortium.id, organisationId: councilId };
      const added = await platform.graphql<{ addConsortiumMember: Consortium }>(ADD_CONSORTIUM_MEMBER, membership, as.consortium_admin.token);
      expect(dataOf(added).addConsortiumMember.members.map((member) => member.id)).toContain(councilId);
      expect(await members()).toContain(councilId);

      const removed = await platform.graphql<{ removeConsortiumMember: Consortium }>(REMOVE_CONSORTIUM_MEMBER, membership, as.consortium_admin.token);
      expect(dataOf(removed).removeConsortiumMember.members.map((member) => member.id)).not.toContain(councilId);
      expect(await members()).not.toContain(councilId);
    });

    it.each(['organisation_admin', 'programme_lead', 'coach (police)'])('%s may neither add nor remove members', async (role) => {
      const before = await members();
      const add = await platform.graphql(ADD_CONSORTIUM_MEMBER, { consortiumId: consortium.id, organisationId: councilId }, as[role].token);
      const remove = await platform.graphql(REMOVE_CONSORTIUM_MEMBER, { consortiumId: consortium.id, organisationId: policeId }, as[role].token);
      expect([...errorCodes(add), ...errorCodes(remove)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await members()).toEqual(before);
    });
  });
});
