import {
  authGraphQLError,
  AuthError,
  signForwardedPrincipal,
  verifyAccessToken,
  type Principal,
  type SigningKeyPair,
  type VerificationKeys,
} from '@tapestry/auth';
import { bearerTokenOf } from './bearer-token';
import type { GatewayContext } from './gateway-context';

export interface CallerAuthentication {
  /** Identity's public keys: `{ jwksUrl }` in a distributed start, `{ jwks }` in process. */
  keys: VerificationKeys;
  issuer: string;
  audience: string;
  /** The gateway's own pair, which signs forwarded principals. */
  gatewayKeyPair: SigningKeyPair;
}

/**
 * Builds a request's context from its Authorization header. A bad or expired token fails here,
 * before parsing or planning, as a GraphQL error whose code says why.
 */
export async function callerContext(authorization: string | undefined, auth: CallerAuthentication): Promise<GatewayContext> {
  const principal = await verifiedCaller(authorization, auth);
  let signed: Promise<string> | undefined;
  return {
    principal,
    forwardedPrincipal() {
      if (!principal) return Promise.resolve(undefined);
      signed ??= signForwardedPrincipal(principal, auth.gatewayKeyPair);
      return signed;
    },
  };
}

async function verifiedCaller(authorization: string | undefined, auth: CallerAuthentication): Promise<Principal | null> {
  try {
    const token = bearerTokenOf(authorization);
    if (token === undefined) return null;
    return await verifyAccessToken(token, { keys: auth.keys, issuer: auth.issuer, audience: auth.audience });
  } catch (error) {
    throw error instanceof AuthError ? authGraphQLError(error) : error;
  }
}
