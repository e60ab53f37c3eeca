import type { KeyObject } from 'node:crypto';
import type { JSONWebKeySet, JWK } from 'jose';
import { SIGNING_ALGORITHM } from './signing-key-pair';

export type { JSONWebKeySet, JWK };

export interface PublicSigningKey {
  kid: string;
  publicKey: KeyObject;
}

export function publicJwkOf({ kid, publicKey }: PublicSigningKey): JWK {
  const { kty, n, e } = publicKey.export({ format: 'jwk' });
  return { kty, n, e, kid, alg: SIGNING_ALGORITHM, use: 'sig' };
}

/** The document served at `/.well-known/jwks.json`: every key a verifier may meet, by kid. */
export function jwksFromPublicKeys(keys: readonly PublicSigningKey[]): JSONWebKeySet {
  return { keys: keys.map(publicJwkOf) };
}
