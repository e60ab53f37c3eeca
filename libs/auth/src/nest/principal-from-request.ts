import type { Principal } from '../principal/principal';
import {
  FORWARDED_PRINCIPAL_HEADER,
  verifyForwardedPrincipal,
  type ForwardedPrincipalVerifierOptions,
} from '../tokens/forwarded-principal';
import type { RequestWithHeaders } from './request-of';

const verified = new WeakMap<RequestWithHeaders, Promise<Principal | null>>();

/**
 * The principal the gateway forwarded with this request, or null when none was sent. A header
 * that does not verify throws AuthError. Verified once per request, however many resolvers ask.
 */
export function principalFromRequest(
  request: RequestWithHeaders,
  options: ForwardedPrincipalVerifierOptions,
): Promise<Principal | null> {
  const known = verified.get(request);
  if (known) return known;
  const header = request.headers[FORWARDED_PRINCIPAL_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  const principal = value === undefined ? Promise.resolve(null) : verifyForwardedPrincipal(value, options);
  verified.set(request, principal);
  return principal;
}
