/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, FORWARDED_PRINCIPAL_HEADER, issueAccessToken, loadOrCreateKeyPair, type Principal } from '@tapestry/auth';
import { dataOf, errorCodes, postGraphQL, type GraphQLReply } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import {
  everyone,
  headcount,
  IMPORT_STAFF,
  LOGIN,
  ME,
  newPerson,
  PERSON,
  REGISTER_PERSON,
  UPDATE_PERSON,
  type PersonRecord,
} from './identity-operations';
import { ESR_HEADINGS, esrRow, esrStaffList } from './esr-staff-list';

jest.setTimeout(60_000);

/** Each bad input gets an error with a stable code, and leaves nothing behind. */
describe('bad input to identity, through the gateway', () => {
  let platform: TestPlatform;
  let admin: SignedIn;
  let staff: SignedIn;
  let lineManager: SignedIn;
  let policeCoach: SignedIn;
  let trustId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    [admin, staff, lineManager, policeCoach] = await Promise.all(['organisation_admin', 'staff', 'line_manager', 'coach (police)'].map(platform.signInAs));
    trustId = admin.organisationId;
  }, 180_000);
  afterAll(() => platform?.stop());

  const personById = async (id: string): Promise<PersonRecord | null> =>
    dataOf(await platform.graphql<{ person: PersonRecord | null }>(PERSON, { id }, admin.token)).person;
  const register = (input: Record<string, unknown>) => platform.graphql<{ registerPerson: PersonRecord }>(REGISTER_PERSON, { input }, admin.token);
  const importStaff = (csv: string) => platform.graphql<{ importStaff: Record<string, number> }>(IMPORT_STAFF, { organisationId: trustId, csv }, admin.token);
  const trustHeadcount = () => headcount(platform, admin.token, trustId);

  describe('registering and moving people', () => {
    it('refuses a work email someone already has, whatever its case (DUPLICATE_EMAIL)', async () => {
      const before = await trustHeadcount();
      const taken = dataOf(await platform.graphql<{ me: PersonRecord }>(ME, {}, staff.token)).me.email;
      const reply = await register(newPerson(trustId, taken.toUpperCase(), { givenName: 'Second', familyName: 'Claimant' }));
      expect(errorCodes(reply)).toEqual(['DUPLICATE_EMAIL']);
      expect(reply.body.errors?.[0].message).toContain(taken);
      expect(await trustHeadcount()).toBe(before);
      expect(await headcount(platform, admin.token, trustId, 'Claimant')).toBe(0);
    });

    it('refuses an organisation that does not exist (FORBIDDEN: nobody administers it)', async () => {
      const reply = await register(newPerson(randomUUID(), 'nowhere@riverside-northgate.example.nhs.uk'));
      expect(errorCodes(reply)).toEqual(['FORBIDDEN']);
      expect(await headcount(platform, admin.token, trustId, 'nowhere@')).toBe(0);
    });

    it("refuses a site that is not one of the organisation's (UNKNOWN_SITE)", async () => {
      const policeStation = (await platform.graphql<{ organisations: { id: string; sites: { id: string }[] }[] }>('{ organisations { id sites { id } } }', {}, admin.token))
        .body.data?.organisations.find((organisation) => organisation.id === policeCoach.organisationId)?.sites[0]?.id;
      expect(policeStation).toBeDefined();
      for (const siteId of [randomUUID(), policeStation]) {
        const reply = await register(newPerson(trustId, `site.${siteId}@riverside-northgate.example.nhs.uk`, { siteId }));
        expect(errorCodes(reply)).toEqual(['UNKNOWN_SITE']);
      }
      expect(await headcount(platform, admin.token, trustId, 'site.')).toBe(0);
    });

    it('refuses a line manager who is not current staff of the organisation (UNKNOWN_MANAGER)', async () => {
      for (const lineManagerId of [randomUUID(), policeCoach.personId]) {
        const reply = await register(newPerson(trustId, `managed.${lineManagerId}@riverside-northgate.example.nhs.uk`, { lineManagerId }));
        expect(errorCodes(reply)).toEqual(['UNKNOWN_MANAGER']);
      }
      expect(await headcount(platform, admin.token, trustId, 'managed.')).toBe(0);
    });

    it('refuses a line manager who reports to the person, directly or further down (MANAGER_LOOP)', async () => {
      const report = (await everyone(platform, admin.token, trustId)).find((person) => person.lineManagerId === lineManager.personId);
      expect(report).toBeDefined();
      const grandManagerId = (await personById(lineManager.personId))?.lineManagerId ?? '';
      expect(grandManagerId).not.toBe('');
      const before = [await personById(lineManager.personId), await personById(grandManagerId)];
      for (const id of [lineManager.personId, grandManagerId]) {
        const reply = await platform.graphql(UPDATE_PERSON, { id, input: { lineManagerId: report?.id } }, admin.token);
        expect(errorCodes(reply)).toEqual(['MANAGER_LOOP']);
      }
      expect([await personById(lineManager.personId), await personById(grandManagerId)]).toEqual(before);
    });

    it('refuses making a person their own line manager (SELF_MANAGEMENT)', async () => {
      const before = await personById(lineManager.personId);
      const reply = await platform.graphql(UPDATE_PERSON, { id: lineManager.personId, input: { lineManagerId: lineManager.personId } }, admin.token);
      expect(errorCodes(reply)).toEqual(['SELF_MANAGEMENT']);
      expect(await personById(lineManager.personId)).toEqual(before);
    });
  });

  describe('importing a staff list', () => {
    const rejectedRows = (reply: GraphQLReply<unknown>) => {
      expect(errorCodes(reply)).toEqual(['STAFF_IMPORT_REJECTED']);
      expect(reply.body.data).toBeNull();
      const rows = reply.body.errors?.[0].extensions?.errors as { line: number; code: string; column: string | null }[];
      return rows.map(({ line, code, column }) => ({ line, code, column }));
    };

    it('refuses a file with a quote never closed, naming the line it opens on', async () => {
      const before = await trustHeadcount();
      const [header, first, second, third] = esrStaffList([esrRow(1), esrRow(2), esrRow(3)]).split('\r\n');
      const unclosed = second.replace('Jamie', '"Jamie');
      const rows = rejectedRows(await importStaff([header, first, unclosed, third, ''].join('\r\n')));
      expect(rows).toEqual([{ line: 3, code: 'CSV_MALFORMED', column: null }]);
      expect(await trustHeadcount()).toBe(before);
    });

    it('refuses a file whose row has more cells than the header, naming the line', async () => {
      const before = await trustHeadcount();
      const [header, first, second] = esrStaffList([esrRow(11), esrRow(12)]).split('\r\n');
      const rows = rejectedRows(await importStaff([header, first, `${second},an extra cell`, ''].join('\r\n')));
      expect(rows).toEqual([{ line: 3, code: 'CSV_MALFORMED', column: null }]);
      expect(await trustHeadcount()).toBe(before);
    });

    it('refuses a file missing required columns, naming each', async () => {
      const before = await trustHeadcount();
      const headings = ESR_HEADINGS.filter((heading) => heading !== 'Work Email Address' && heading !== 'Staff Group');
      const rows = rejectedRows(await importStaff(esrStaffList([esrRow(21)], headings)));
      expect(rows).toEqual([
        { line: 1, code: 'CSV_MISSING_COLUMNS', column: 'Work Email Address' },
        { line: 1, code: 'CSV_MISSING_COLUMNS', column: 'Staff Group' },
      ]);
      expect(await trustHeadcount()).toBe(before);
    });

    it('lists every row with a bad date or an unknown staff group, and imports none of the file', async () => {
      const before = await trustHeadcount();
      const csv = esrStaffList([
        esrRow(31),
        esrRow(32, { 'Assignment Start Date': '31/02/2024' }),
        esrRow(33, { 'Staff Group': 'Nurses' }),
        esrRow(34, { 'Assignment Start Date': 'last spring' }),
      ]);
      expect(rejectedRows(await importStaff(csv))).toEqual([
        { line: 3, code: 'CSV_BAD_DATE', column: 'Assignment Start Date' },
        { line: 4, code: 'CSV_UNKNOWN_STAFF_GROUP', column: 'Staff Group' },
        { line: 5, code: 'CSV_BAD_DATE', column: 'Assignment Start Date' },
      ]);
      expect(await trustHeadcount()).toBe(before);
      expect(await headcount(platform, admin.token, trustId, 'jamie.okoro.31@')).toBe(0);
    });

    it('refuses a file over the size limit (5 MiB) as a whole, with line 0', async () => {
      const before = await trustHeadcount();
      const row = esrStaffList([esrRow(0)]).split('\r\n')[1];
      const csv = esrStaffList([]) + `${row}\r\n`.repeat(Math.ceil((5 * 1024 * 1024) / row.length) + 10);
      expect(rejectedRows(await importStaff(csv))).toEqual([{ line: 0, code: 'CSV_TOO_LARGE', column: null }]);
      expect(await trustHeadcount()).toBe(before);
    });

    it('imports a file of a few hundred rows (over 100 kB), as a real ESR export is', async () => {
      const before = await trustHeadcount();
      const csv = esrStaffList(Array.from({ length: 600 }, (_, index) => esrRow(1_000 + index)));
      expect(csv.length).toBeGreaterThan(110_000);
      const reply = await importStaff(csv);
      expect(errorCodes(reply)).toEqual([]);
      expect(reply.body.data?.importStaff.registered).toBe(600);
      expect(await trustHeadcount()).toBe(before + 600);
    });

    it('changes nothing when the same file is imported again, and records a changed band as a move', async () => {
      const team = [esrRow(51), esrRow(52, { 'Supervisor Employee Number': esrRow(51)['Employee Number'] })];
      const first = dataOf(await importStaff(esrStaffList(team))).importStaff;
      expect(first).toMatchObject({ registered: 2, moved: 0 });
      const afterFirst = await trustHeadcount();

      const again = dataOf(await importStaff(esrStaffList(team))).importStaff;
      expect(again).toMatchObject({ registered: 0, updated: 0, moved: 0, unchanged: 2 });
      expect(await trustHeadcount()).toBe(afterFirst);

      const promoted = dataOf(await importStaff(esrStaffList([team[0], { ...team[1], Grade: 'Band 6' }]))).importStaff;
      expect(promoted).toMatchObject({ registered: 0, moved: 1, unchanged: 1 });
      const [nurse] = (await everyone(platform, admin.token, trustId)).filter((person) => person.email === team[1]['Work Email Address']);
      expect(nurse.band).toBe('Band 6');
      expect(await trustHeadcount()).toBe(afterFirst);
    });
  });

  describe('signing in', () => {
    const password = 'kettle lantern orchard meadow';
    const registerWithPassword = async (email: string) => dataOf(await register(newPerson(trustId, email, { initialPassword: password }))).registerPerson;
    const login = (email: string, attempt: string) => platform.graphql(LOGIN, { email, password: attempt });

    it('refuses a wrong password or an unknown email alike (INVALID_CREDENTIALS), and one slip does not lock the account', async () => {
      const email = 'morgan.wright@riverside-northgate.example.nhs.uk';
      await registerWithPassword(email);
      expect(errorCodes(await login(email, 'kettle lantern orchard'))).toEqual(['INVALID_CREDENTIALS']);
      expect(errorCodes(await login('nobody.here@riverside-northgate.example.nhs.uk', password))).toEqual(['INVALID_CREDENTIALS']);
      await expect(platform.signIn(email, password)).resolves.toMatchObject({ organisationId: trustId });
    });

    it('locks the account on the fifth wrong password, even against the right one (ACCOUNT_LOCKED)', async () => {
      const email = 'casey.lund@riverside-northgate.example.nhs.uk';
      await registerWithPassword(email);
      const answers: (string | undefined)[] = [];
      for (let attempt = 1; attempt <= 5; attempt += 1) answers.push(...errorCodes(await login(email, `wrong guess number ${attempt}`)));
      expect(answers).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
      const locked = await login(email, password);
      expect(errorCodes(locked)).toEqual(['ACCOUNT_LOCKED']);
      expect(locked.body.errors?.[0].message).toMatch(/locked until/);
    });
  });

  describe('tokens', () => {
    it('refuses a closed query without a token (UNAUTHENTICATED)', async () => {
      const reply = await platform.graphql<{ me: PersonRecord | null }>(ME);
      expect(errorCodes(reply)).toEqual(['UNAUTHENTICATED']);
      expect(reply.body.data?.me ?? null).toBeNull();
    });

    it('refuses a token whose claims were edited to speak for someone else (TOKEN_INVALID)', async () => {
      const [header, payload, signature] = staff.token.split('.');
      const claims = Buffer.from(payload, 'base64url').toString('utf8').split(staff.personId).join(admin.personId);
      expect(claims).toContain(admin.personId);
      const forged = [header, Buffer.from(claims).toString('base64url'), signature].join('.');
      const reply = await platform.graphql(ME, {}, forged);
      expect(reply.status).toBe(401);
      expect(errorCodes(reply)).toEqual(['TOKEN_INVALID']);
    });

    it('refuses a token past its expiry (TOKEN_EXPIRED), though the same token issued now is accepted', async () => {
      const identityKey = await loadOrCreateKeyPair(join(platform.dataDir, 'keys', 'identity'), 'identity');
      const me = dataOf(await platform.graphql<{ me: PersonRecord }>(ME, {}, staff.token)).me;
      const principal: Principal = {
        personId: me.id,
        organisationId: me.organisationId,
        email: me.email,
        roles: [{ role: 'staff', scope: { kind: 'organisation', id: me.organisationId } }],
      };
      const sign = (now: Date) =>
        issueAccessToken(principal, { privateKey: identityKey.privateKey, kid: identityKey.kid, issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, ttlSeconds: 60, now });
      const expired = await platform.graphql(ME, {}, await sign(new Date(Date.now() - 60 * 60 * 1000)));
      expect(errorCodes(expired)).toEqual(['TOKEN_EXPIRED']);
      expect(dataOf(await platform.graphql<{ me: PersonRecord }>(ME, {}, await sign(new Date()))).me.id).toBe(me.id);
    });
  });

  describe('query limits', () => {
    it('refuses a query asking for too much at once (QUERY_TOO_COSTLY), before identity answers', async () => {
      const everyoneWithRoles = `query ($organisationId: ID!) {
        people(organisationId: $organisationId, first: 1000) { edges { node { id email jobTitle band roles { role scopeKind scopeId } } } }
      }`;
      const reply = await platform.graphql(everyoneWithRoles, { organisationId: trustId }, admin.token);
      expect(reply.status).toBe(400);
      expect(errorCodes(reply)).toEqual(['QUERY_TOO_COSTLY']);
      expect(reply.body.data).toBeUndefined();
    });
  });

  describe("identity's own endpoint, bypassing the gateway", () => {
    it('refuses `me` without the principal the gateway forwards, even with a valid access token (UNAUTHENTICATED)', async () => {
      expect(errorCodes(await postGraphQL(platform.identityUrl, ME))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await postGraphQL(platform.identityUrl, ME, { token: staff.token }))).toEqual(['UNAUTHENTICATED']);
    });

    it("refuses an access token passed off as the gateway's forwarded principal (TOKEN_INVALID)", async () => {
      const reply = await postGraphQL(platform.identityUrl, ME, { headers: { [FORWARDED_PRINCIPAL_HEADER]: staff.token } });
      expect(errorCodes(reply)).toEqual(['TOKEN_INVALID']);
    });

    it('still answers `login`, which is public', async () => {
      const login = platform.logins.logins.find((candidate) => candidate.role === 'staff');
      const reply = await postGraphQL<{ login: { accessToken: string } }>(platform.identityUrl, LOGIN, { variables: { email: login?.email, password: platform.logins.password } });
      expect(dataOf(reply).login.accessToken.split('.')).toHaveLength(3);
    });
  });
});
