import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, generateSigningKeyPair, issueAccessToken, verifyAccessToken, type JSONWebKeySet } from '@tapestry/auth';
import { bootstrapOrganisation, codesOf, dataOf, startIdentityTestApp, type BootstrappedOrganisation, type IdentityTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

const REGISTER = 'mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { id email } }';
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresIn person { id } } }';
const PASSWORD = 'heron kettle marigold';

interface LoginReply {
  login: { accessToken: string; expiresIn: number; person: { id: string } };
}

describe('identity: signing in', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;

  const login = (email: string, password: string) => identity.graphql<LoginReply>(LOGIN, { email, password });
  const registerWithPassword = async (givenName: string, email: string): Promise<string> => {
    const input = {
      organisationId: trust.organisation.id,
      givenName,
      familyName: 'Pryce',
      email,
      jobTitle: 'Ward Sister',
      staffGroup: 'nursing_and_midwifery_registered',
      band: 'Band 7',
      shiftPattern: 'ROTATING',
      clinical: true,
      startDate: '2015-06-01',
      initialPassword: PASSWORD,
    };
    return dataOf(await identity.graphql<{ registerPerson: { id: string } }>(REGISTER, { input }, trust.admin)).registerPerson.id;
  };
  const fetchJwks = async (): Promise<{ status: number; jwks: JSONWebKeySet }> => {
    const response = await fetch(`${identity.url}/.well-known/jwks.json`);
    return { status: response.status, jwks: (await response.json()) as JSONWebKeySet };
  };

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus);
  });

  afterAll(() => identity.close());

  describe('the access token and /.well-known/jwks.json', () => {
    it('serves a public key, without a principal, that verifies the token login returns', async () => {
      const personId = await registerWithPassword('Carys', 'carys.pryce@riverside.example');
      const token = dataOf(await login('Carys.Pryce@riverside.example', PASSWORD)).login.accessToken;
      const { status, jwks } = await fetchJwks();

      expect(status).toBe(200);
      const principal = await verifyAccessToken(token, { keys: { jwks }, issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });
      expect(principal).toEqual({
        personId,
        organisationId: trust.organisation.id,
        email: 'carys.pryce@riverside.example',
        roles: [{ role: 'staff', scope: { kind: 'organisation', id: trust.organisation.id } }],
      });
      // What the token says is what identity answers to once the gateway forwards it.
      expect(dataOf(await identity.graphql<{ me: { id: string } }>('{ me { id } }', {}, principal)).me).toEqual({ id: personId });
    });

    it('serves only public key material, and no key that verifies a token identity did not sign', async () => {
      const { jwks } = await fetchJwks();
      const stranger = await generateSigningKeyPair();
      const forged = await issueAccessToken(
        { personId: 'someone', organisationId: trust.organisation.id, email: 'someone@riverside.example', roles: [] },
        { ...stranger, issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, ttlSeconds: 300 },
      );

      expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig' })]);
      expect(Object.keys(jwks.keys[0] ?? {}).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      await expect(verifyAccessToken(forged, { keys: { jwks }, issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE })).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
      });
    });
  });

  describe('lockout', () => {
    it('locks the account on the fifth wrong password and then refuses even the right one', async () => {
      const email = 'dylan.pryce@riverside.example';
      await registerWithPassword('Dylan', email);

      const wrong = [];
      for (let attempt = 1; attempt <= 5; attempt += 1) wrong.push(await login(email, `not the password ${attempt}`));
      const right = await login(email, PASSWORD);

      expect(wrong.slice(0, 4).map(codesOf)).toEqual(Array.from({ length: 4 }, () => ['INVALID_CREDENTIALS']));
      expect(codesOf(wrong[4] ?? right)).toEqual(['ACCOUNT_LOCKED']);
      const lockedUntil = Date.parse(String(wrong[4]?.errors?.[0]?.extensions?.lockedUntil));
      expect(lockedUntil).toBeGreaterThan(Date.now() + 14 * 60_000);
      expect(lockedUntil).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
      expect(codesOf(right)).toEqual(['ACCOUNT_LOCKED']);
      expect(right.errors?.[0]?.extensions?.lockedUntil).toBe(wrong[4]?.errors?.[0]?.extensions?.lockedUntil);
      expect(right.data).toBeNull();
    });

    it('forgives earlier typos once the person signs in successfully', async () => {
      const email = 'efa.pryce@riverside.example';
      const personId = await registerWithPassword('Efa', email);
      const typos = async () => {
        const codes = [];
        for (let attempt = 1; attempt <= 4; attempt += 1) codes.push(codesOf(await login(email, `typo ${attempt}`)));
        return codes;
      };

      const before = await typos();
      const signedIn = await login(email, PASSWORD);
      const after = await typos();

      expect([...before, ...after]).toEqual(Array.from({ length: 8 }, () => ['INVALID_CREDENTIALS']));
      expect(dataOf(signedIn).login.person.id).toBe(personId);
      expect(dataOf(await login(email, PASSWORD)).login.person.id).toBe(personId);
    });
  });
});
