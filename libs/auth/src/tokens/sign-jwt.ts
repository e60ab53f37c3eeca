import { randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { SIGNING_ALGORITHM } from '../keys/signing-key-pair';

export interface JwtSignerOptions {
  privateKey: KeyObject;
  kid: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  /** The signer's clock; the current time when absent. */
  now?: Date;
}

/** Signs `claims` as an RS256 JWT of media type `typ`, valid for `ttlSeconds` from `now`. */
export async function signJwt(claims: JWTPayload, typ: string, options: JwtSignerOptions): Promise<string> {
  if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
    throw new RangeError(`A token lifetime must be a positive whole number of seconds, not ${options.ttlSeconds}.`);
  }
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: options.kid, typ })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .setJti(randomUUID())
    .sign(options.privateKey);
}
