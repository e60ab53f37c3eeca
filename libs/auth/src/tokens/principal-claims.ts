import type { JWTPayload } from 'jose';
import { AuthError } from '../errors/auth-error';
import { ROLES, type Principal, type Role, type RoleGrant } from '../principal/principal';

/** The claims that carry a principal, in access tokens and forwarded principals alike. */
export interface PrincipalClaims {
  sub: string;
  org: string;
  email: string;
  roles: RoleGrant[];
}

export function claimsOf(principal: Principal): PrincipalClaims {
  return {
    sub: principal.personId,
    org: principal.organisationId,
    email: principal.email,
    roles: principal.roles.map(({ role, scope }) => ({ role, scope: { kind: scope.kind, id: scope.id } })),
  };
}

/** Reads a principal back from verified claims; a signed token of the wrong shape is still refused. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const { sub, org, email, roles } = payload;
  if (!isNonEmptyString(sub) || !isNonEmptyString(org) || !isNonEmptyString(email)) {
    throw invalid('it lacks the person, organisation or email claim');
  }
  if (!Array.isArray(roles)) throw invalid('its roles claim is not a list');
  return { personId: sub, organisationId: org, email, roles: roles.map(roleGrantFrom) };
}

function roleGrantFrom(value: unknown): RoleGrant {
  if (typeof value !== 'object' || value === null) throw invalid('a role grant is not an object');
  const { role, scope } = value as { role?: unknown; scope?: unknown };
  if (!isRole(role)) throw invalid(`it names an unknown role ${JSON.stringify(role)}`);
  if (typeof scope !== 'object' || scope === null) throw invalid(`the ${role} grant has no scope`);
  const { kind, id } = scope as { kind?: unknown; id?: unknown };
  if ((kind !== 'organisation' && kind !== 'consortium') || !isNonEmptyString(id)) {
    throw invalid(`the ${role} grant has a malformed scope`);
  }
  return { role, scope: { kind, id } };
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function invalid(reason: string): AuthError {
  return new AuthError('TOKEN_INVALID', `The token was refused because ${reason}. Sign in again.`);
}
