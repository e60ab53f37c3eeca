import type { Role, RoleScope } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';

type ScopeKind = RoleScope['kind'];

/**
 * Where each role may be granted. A consortium admin manages the consortium itself; programme leads,
 * supervisors and analysts may work across a consortium's shared pool or within one organisation; everyone
 * else belongs to an organisation. A Record over Role, so a new role without a rule fails to compile.
 */
export const ROLE_SCOPE_KINDS: Record<Role, readonly ScopeKind[]> = {
  staff: ['organisation'],
  coach: ['organisation'],
  mentor: ['organisation'],
  line_manager: ['organisation'],
  programme_lead: ['organisation', 'consortium'],
  supervisor: ['organisation', 'consortium'],
  analyst: ['organisation', 'consortium'],
  organisation_admin: ['organisation'],
  consortium_admin: ['consortium'],
};

function aScope(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function isRole(value: string): value is Role {
  return Object.prototype.hasOwnProperty.call(ROLE_SCOPE_KINDS, value);
}

/** Refuses an unknown role, and a role granted in a kind of scope it does not belong to. */
export function requireRoleInScope(role: string, scope: RoleScope): Role {
  if (!isRole(role)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown role "${role}"; use one of ${Object.keys(ROLE_SCOPE_KINDS).join(', ')}.`, { field: 'role' });
  }
  const allowed = ROLE_SCOPE_KINDS[role];
  if (!allowed.includes(scope.kind)) {
    throw new DomainError('INVALID_ROLE_SCOPE', `The ${role} role can only be granted for ${allowed.map(aScope).join(' or ')}, not for ${aScope(scope.kind)}.`, {
      field: 'scope',
    });
  }
  return role;
}
