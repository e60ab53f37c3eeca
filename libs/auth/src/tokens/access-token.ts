import type { Principal } from '../principal/principal';
import { claimsOf, principalFromClaims } from './principal-claims';
import { signJwt, type JwtSignerOptions } from './sign-jwt';
import { verifyJwt, type JwtVerifierOptions } from './verify-jwt';

/** RFC 9068 media type: an access token cannot be replayed as another kind of JWT, nor vice versa. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';
/** Who issues access tokens (identity) and for whom (the platform, through the gateway). */
export const ACCESS_TOKEN_ISSUER = 'tapestry-identity';
export const ACCESS_TOKEN_AUDIENCE = 'tapestry';

/** The token identity hands a person at login; the gateway verifies it on every request. */
export async function issueAccessToken(principal: Principal, options: JwtSignerOptions): Promise<string> {
  return signJwt({ ...claimsOf(principal) }, ACCESS_TOKEN_TYPE, options);
}

/**
 * The principal an access token speaks for. Throws AuthError: UNAUTHENTICATED when there is no
 * token, TOKEN_EXPIRED when it has expired, TOKEN_INVALID for anything else wrong with it
 * (tampered, unknown key, an algorithm other than RS256, wrong issuer or audience, bad claims).
 */
export async function verifyAccessToken(
  token: string | undefined | null,
  options: JwtVerifierOptions,
): Promise<Principal> {
  return principalFromClaims(await verifyJwt(token, ACCESS_TOKEN_TYPE, options));
}
