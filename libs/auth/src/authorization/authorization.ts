import { AuthError } from '../errors/auth-error';
import type { Principal, Role, RoleScope } from '../principal/principal';

/**
 * Pure questions about what a principal may do. Facts a principal does not carry (which
 * organisations belong to a consortium, who manages whom) stay with the owning service, which
 * combines them with these answers.
 */

/** Whether the principal holds `role`, anywhere or, given a scope, in exactly that scope. */
export function hasRole(principal: Principal, role: Role, scope?: RoleScope): boolean {
  return principal.roles.some(
    (grant) =>
      grant.role === role &&
      (scope === undefined || (grant.scope.kind === scope.kind && grant.scope.id === scope.id)),
  );
}

export function hasOrganisationRole(principal: Principal, role: Role, organisationId: string): boolean {
  return hasRole(principal, role, { kind: 'organisation', id: organisationId });
}

export function hasConsortiumRole(principal: Principal, role: Role, consortiumId: string): boolean {
  return hasRole(principal, role, { kind: 'consortium', id: consortiumId });
}

export function isOrganisationAdmin(principal: Principal, organisationId: string): boolean {
  return hasOrganisationRole(principal, 'organisation_admin', organisationId);
}

export function isConsortiumAdmin(principal: Principal, consortiumId: string): boolean {
  return hasConsortiumRole(principal, 'consortium_admin', consortiumId);
}

export function isSelf(principal: Principal, personId: string): boolean {
  return principal.personId === personId;
}

/** Whether the principal is employed by the organisation. */
export function belongsTo(principal: Principal, organisationId: string): boolean {
  return principal.organisationId === organisationId;
}

/** Every scope in which the principal holds `role`: the organisations or consortia to filter reads by. */
export function scopesWithRole(principal: Principal, role: Role): RoleScope[] {
  return principal.roles.filter((grant) => grant.role === role).map((grant) => grant.scope);
}

/** The principal, or UNAUTHENTICATED when the caller is anonymous. */
export function requireAuthenticated(principal: Principal | null | undefined): Principal {
  if (!principal) {
    throw new AuthError('UNAUTHENTICATED', 'Sign in: this operation is not open to anonymous callers.');
  }
  return principal;
}

/** Throws FORBIDDEN unless `allowed`; `action` completes "You may not ...". */
export function assertAllowed(allowed: boolean, action: string): void {
  if (!allowed) throw new AuthError('FORBIDDEN', `You may not ${action}.`);
}
