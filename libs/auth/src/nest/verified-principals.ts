import type { Principal } from '../principal/principal';
import type { RequestWithHeaders } from './request-of';

const byRequest = new WeakMap<RequestWithHeaders, Principal | null>();

/** Called by PrincipalGuard once the request's principal (or its absence) is verified. */
export function rememberVerifiedPrincipal(request: RequestWithHeaders, principal: Principal | null): void {
  byRequest.set(request, principal);
}

/** The principal PrincipalGuard verified for this request, or null for an anonymous public call. */
export function verifiedPrincipalOf(request: RequestWithHeaders): Principal | null {
  const principal = byRequest.get(request);
  if (principal === undefined) {
    throw new Error(
      'No verified principal for this request: PrincipalGuard did not run. Import TapestryAuthModule.forRoot(...) in the service module.',
    );
  }
  return principal;
}
