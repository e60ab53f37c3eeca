import { AuthError } from '../errors/auth-error';
import { jwksFromPublicKeys } from '../keys/jwks';
import { generateSigningKeyPair, type SigningKeyPair } from '../keys/signing-key-pair';
import type { Principal } from '../principal/principal';
import { issueAccessToken } from './access-token';
import {
  FORWARDED_PRINCIPAL_AUDIENCE,
  FORWARDED_PRINCIPAL_ISSUER,
  signForwardedPrincipal,
  verifyForwardedPrincipal,
} from './forwarded-principal';

const principal: Principal = {
  personId: 'person-7',
  organisationId: 'org-2',
  email: 'grace@example.nhs.uk',
  roles: [{ role: 'coach', scope: { kind: 'organisation', id: 'org-2' } }],
};
const now = new Date('2025-03-01T09:00:00Z');
const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

let gateway: SigningKeyPair;
let identity: SigningKeyPair;

beforeAll(async () => {
  [gateway, identity] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
});

const verify = (value: string | undefined, at: Date) =>
  verifyForwardedPrincipal(value, { keys: { jwks: jwksFromPublicKeys([gateway]) }, now: at });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error.code;
}

describe('forwarded principal', () => {
  it('carries the principal from the gateway to a subgraph', async () => {
    const header = await signForwardedPrincipal(principal, { ...gateway, now });
    await expect(verify(header, after(5))).resolves.toEqual(principal);
  });

  it('lives sixty seconds by default', async () => {
    const header = await signForwardedPrincipal(principal, { ...gateway, now });
    await expect(verify(header, after(59))).resolves.toEqual(principal);
    expect(await codeOf(verify(header, after(61)))).toBe('TOKEN_EXPIRED');
  });

  it('is missing: UNAUTHENTICATED', async () => {
    expect(await codeOf(verify(undefined, now))).toBe('UNAUTHENTICATED');
  });

  it('refuses one signed by any key but the gateway\'s', async () => {
    const header = await signForwardedPrincipal(principal, { ...identity, now });
    expect(await codeOf(verify(header, after(5)))).toBe('TOKEN_INVALID');
  });

  it('refuses a caller\'s access token replayed in the header, even one signed with the gateway key', async () => {
    const replayed = await issueAccessToken(principal, {
      ...gateway,
      issuer: FORWARDED_PRINCIPAL_ISSUER,
      audience: FORWARDED_PRINCIPAL_AUDIENCE,
      ttlSeconds: 60,
      now,
    });
    expect(await codeOf(verify(replayed, after(5)))).toBe('TOKEN_INVALID');
  });
});
