import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/**
 * Where a verifier finds the public keys that may have signed a token.
 * - `jwks`: an in-process key set (the embedded platform, tests).
 * - `jwksUrl`: a JWKS endpoint; fetched on first use and cached, refetched when an unknown kid appears.
 * - `keyResolver`: any jose key resolver, for the unusual case.
 */
export type VerificationKeys =
  | { jwks: JSONWebKeySet }
  | { jwksUrl: string | URL }
  | { keyResolver: JWTVerifyGetKey };

const resolvers = new WeakMap<VerificationKeys, JWTVerifyGetKey>();

/**
 * The resolver for `keys`, built once per configuration object so a remote key set is fetched once
 * and then served from its cache; pass the same object to every call.
 */
export function keyResolverFor(keys: VerificationKeys): JWTVerifyGetKey {
  const known = resolvers.get(keys);
  if (known) return known;
  const resolver = buildResolver(keys);
  resolvers.set(keys, resolver);
  return resolver;
}

function buildResolver(keys: VerificationKeys): JWTVerifyGetKey {
  if ('keyResolver' in keys) return keys.keyResolver;
  if ('jwks' in keys) return createLocalJWKSet(keys.jwks);
  return createRemoteJWKSet(new URL(keys.jwksUrl));
}
