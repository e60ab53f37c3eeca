import type { Principal } from '../principal/principal';
import type { VerificationKeys } from '../keys/verification-keys';
import { claimsOf, principalFromClaims } from './principal-claims';
import { signJwt, type JwtSignerOptions } from './sign-jwt';
import { verifyJwt } from './verify-jwt';

/** The header in which the gateway hands a verified principal to a subgraph. */
export const FORWARDED_PRINCIPAL_HEADER = 'x-tapestry-principal';
export const FORWARDED_PRINCIPAL_ISSUER = 'tapestry-gateway';
export const FORWARDED_PRINCIPAL_AUDIENCE = 'tapestry-subgraph';
export const FORWARDED_PRINCIPAL_TTL_SECONDS = 60;
const FORWARDED_PRINCIPAL_TYPE = 'tapestry-principal+jwt';

export type ForwardedPrincipalSignerOptions = Pick<JwtSignerOptions, 'privateKey' | 'kid' | 'now'> & {
  ttlSeconds?: number;
};

export interface ForwardedPrincipalVerifierOptions {
  /** The gateway's public keys: a subgraph trusts a principal only if the gateway signed it. */
  keys: VerificationKeys;
  now?: Date;
  clockToleranceSeconds?: number;
}

/**
 * Signs a principal the gateway has verified, with the gateway's own key and a short life, so a
 * subgraph need not trust the network nor see the caller's original token.
 */
export async function signForwardedPrincipal(
  principal: Principal,
  options: ForwardedPrincipalSignerOptions,
): Promise<string> {
  return signJwt({ ...claimsOf(principal) }, FORWARDED_PRINCIPAL_TYPE, {
    ...options,
    issuer: FORWARDED_PRINCIPAL_ISSUER,
    audience: FORWARDED_PRINCIPAL_AUDIENCE,
    ttlSeconds: options.ttlSeconds ?? FORWARDED_PRINCIPAL_TTL_SECONDS,
  });
}

/** The principal in an `x-tapestry-principal` header value; throws AuthError like verifyAccessToken. */
export async function verifyForwardedPrincipal(
  headerValue: string | undefined | null,
  options: ForwardedPrincipalVerifierOptions,
): Promise<Principal> {
  const payload = await verifyJwt(headerValue, FORWARDED_PRINCIPAL_TYPE, {
    ...options,
    issuer: FORWARDED_PRINCIPAL_ISSUER,
    audience: FORWARDED_PRINCIPAL_AUDIENCE,
  });
  return principalFromClaims(payload);
}
