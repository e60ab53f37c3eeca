import { SignJWT, base64url } from 'jose';
import { AuthError } from '../errors/auth-error';
import { jwksFromPublicKeys } from '../keys/jwks';
import { generateSigningKeyPair, type SigningKeyPair } from '../keys/signing-key-pair';
import type { VerificationKeys } from '../keys/verification-keys';
import type { Principal } from '../principal/principal';
import { issueAccessToken, verifyAccessToken } from './access-token';
import { signForwardedPrincipal } from './forwarded-principal';

const principal: Principal = {
  personId: 'person-1',
  organisationId: 'org-1',
  email: 'ada@example.nhs.uk',
  roles: [
    { role: 'staff', scope: { kind: 'organisation', id: 'org-1' } },
    { role: 'consortium_admin', scope: { kind: 'consortium', id: 'cons-1' } },
  ],
};
const issuedAt = new Date('2025-03-01T09:00:00Z');
const later = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);

let identity: SigningKeyPair;
let stranger: SigningKeyPair;
let keys: VerificationKeys;

beforeAll(async () => {
  [identity, stranger] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
  keys = { jwks: jwksFromPublicKeys([identity]) };
});

const issue = (overrides: Partial<Parameters<typeof issueAccessToken>[1]> = {}) =>
  issueAccessToken(principal, {
    ...identity,
    issuer: 'tapestry-identity',
    audience: 'tapestry',
    ttlSeconds: 900,
    now: issuedAt,
    ...overrides,
  });
const verify = (token: string | undefined, now = later(60)) =>
  verifyAccessToken(token, { keys, issuer: 'tapestry-identity', audience: 'tapestry', now });

async function refusal(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

describe('access tokens', () => {
  it('round-trips the principal', async () => {
    await expect(verify(await issue())).resolves.toEqual(principal);
  });

  it('is accepted up to its expiry and refused as TOKEN_EXPIRED after it', async () => {
    const token = await issue({ ttlSeconds: 900 });
    await expect(verify(token, later(899))).resolves.toEqual(principal);
    expect((await refusal(verify(token, later(901)))).code).toBe('TOKEN_EXPIRED');
  });

  it.each([undefined, '', '   '])('refuses a missing token (%p) as UNAUTHENTICATED', async (token) => {
    const error = await refusal(verify(token));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.httpStatus).toBe(401);
  });

  it('refuses a token whose claims were altered', async () => {
    const [header, , signature] = (await issue()).split('.');
    const forgedClaims = { sub: 'person-2', org: 'org-1', email: 'x@y', roles: [], iss: 'tapestry-identity', aud: 'tapestry', iat: 1, exp: 9999999999 };
    const forged = [header, base64url.encode(JSON.stringify(forgedClaims)), signature].join('.');
    expect((await refusal(verify(forged))).code).toBe('TOKEN_INVALID');
  });

  it('refuses a token signed by a key not in the key set', async () => {
    expect((await refusal(verify(await issue({ ...stranger, kid: identity.kid })))).code).toBe('TOKEN_INVALID');
  });

  it('refuses the wrong issuer and the wrong audience', async () => {
    expect((await refusal(verify(await issue({ issuer: 'someone-else' })))).code).toBe('TOKEN_INVALID');
    expect((await refusal(verify(await issue({ audience: 'someone-else' })))).code).toBe('TOKEN_INVALID');
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const secret = new Uint8Array(identity.publicKey.export({ format: 'der', type: 'spki' }));
    const token = await new SignJWT({ org: 'org-1', email: 'a@b', roles: [] })
      .setProtectedHeader({ alg: 'HS256', kid: identity.kid, typ: 'at+jwt' })
      .setSubject('person-1').setIssuer('tapestry-identity').setAudience('tapestry')
      .setIssuedAt(issuedAt).setExpirationTime(later(900))
      .sign(secret);
    expect((await refusal(verify(token))).code).toBe('TOKEN_INVALID');
  });

  it('refuses an unsigned token (alg none)', async () => {
    const [, payload] = (await issue()).split('.');
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: identity.kid }));
    expect((await refusal(verify(`${header}.${payload}.`))).code).toBe('TOKEN_INVALID');
  });

  it('refuses a correctly signed token whose claims have the wrong shape', async () => {
    const token = await new SignJWT({ org: 'org-1', email: 'a@b', roles: [{ role: 'emperor', scope: { kind: 'organisation', id: 'org-1' } }] })
      .setProtectedHeader({ alg: 'RS256', kid: identity.kid, typ: 'at+jwt' })
      .setSubject('person-1').setIssuer('tapestry-identity').setAudience('tapestry')
      .setIssuedAt(issuedAt).setExpirationTime(later(900))
      .sign(identity.privateKey);
    const error = await refusal(verify(token));
    expect(error.code).toBe('TOKEN_INVALID');
    expect(error.message).toContain('emperor');
  });

  it('refuses a forwarded principal presented as an access token', async () => {
    const forwarded = await signForwardedPrincipal(principal, { ...identity, now: issuedAt });
    expect((await refusal(verify(forwarded, later(10)))).code).toBe('TOKEN_INVALID');
  });

  it('refuses to issue a token with a non-positive lifetime', async () => {
    await expect(issue({ ttlSeconds: 0 })).rejects.toThrow(RangeError);
  });
});
