/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import type { DemoLogins } from '../demo-logins';
import { dataOf } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import { headcount, ME, newPerson, ORGANISATIONS, PERSON, REGISTER_PERSON, type Organisation, type PersonRecord } from './identity-operations';

jest.setTimeout(30_000);

const KEPT_EMAIL = 'kept.across.restarts@riverside-northgate.example.nhs.uk';

/** `npm start` a second time: the same databases and data folder, identity and the gateway started afresh. */
describe('restarting the platform on its data', () => {
  let platform: TestPlatform;
  let admin: SignedIn;
  let loginsBefore: DemoLogins;
  let organisationsBefore: Organisation[];
  let headcountBefore: number;
  let keptId: string;

  const organisations = async (token: string) => dataOf(await platform.graphql<{ organisations: Organisation[] }>(ORGANISATIONS, {}, token)).organisations;

  beforeAll(async () => {
    platform = await startTestPlatform();
    loginsBefore = platform.logins;
    admin = await platform.signInAs('organisation_admin');
    organisationsBefore = await organisations(admin.token);
    const registered = await platform.graphql<{ registerPerson: PersonRecord }>(REGISTER_PERSON, { input: newPerson(admin.organisationId, KEPT_EMAIL) }, admin.token);
    keptId = dataOf(registered).registerPerson.id;
    headcountBefore = await headcount(platform, admin.token, admin.organisationId);
    await platform.restart();
  }, 240_000);
  afterAll(() => platform?.stop());

  it('still signs in every demo login with the same password', async () => {
    expect(platform.logins).toEqual(loginsBefore);
    for (const { email } of platform.logins.logins) {
      await expect(platform.signIn(email, platform.logins.password)).resolves.toMatchObject({ token: expect.any(String) });
    }
  });

  it('keeps a person signed in before the restart signed in (the signing keys were kept)', async () => {
    const me = dataOf(await platform.graphql<{ me: PersonRecord }>(ME, {}, admin.token)).me;
    expect(me.id).toBe(admin.personId);
  });

  it('seeds no second demo trust, and keeps what changed before the restart', async () => {
    const after = await organisations(admin.token);
    expect(after.map((organisation) => organisation.id).sort()).toEqual(organisationsBefore.map((organisation) => organisation.id).sort());
    expect(after.filter((organisation) => organisation.kind === 'NHS_TRUST')).toHaveLength(1);
    expect(await headcount(platform, admin.token, admin.organisationId)).toBe(headcountBefore);
    const kept = dataOf(await platform.graphql<{ person: PersonRecord | null }>(PERSON, { id: keptId }, admin.token)).person;
    expect(kept?.email).toBe(KEPT_EMAIL);
  });
});
