import type { Role, RoleGrant } from '../../session/roles';

export interface NamedOrganisation {
  id: string;
  name: string;
}
export interface ConsortiumWithMembers {
  id: string;
  name: string;
  members: NamedOrganisation[];
}

/** Where an admin may grant roles: organisation roles in organisations they administer, consortium roles in consortia they do. */
export interface GrantScope {
  value: string;
  label: string;
  kind: 'ORGANISATION' | 'CONSORTIUM';
  id: string;
  /** The organisations whose people may hold a role in this scope. */
  organisations: NamedOrganisation[];
}

export function grantScopes(grants: readonly RoleGrant[], organisations: readonly NamedOrganisation[], consortia: readonly ConsortiumWithMembers[]): GrantScope[] {
  const scopes: GrantScope[] = [];
  for (const grant of grants) {
    if (grant.role === 'ORGANISATION_ADMIN' && grant.scopeKind === 'ORGANISATION') {
      const organisation = organisations.find((candidate) => candidate.id === grant.scopeId);
      if (organisation) scopes.push({ value: `ORGANISATION:${organisation.id}`, label: organisation.name, kind: 'ORGANISATION', id: organisation.id, organisations: [organisation] });
    }
    if (grant.role === 'CONSORTIUM_ADMIN' && grant.scopeKind === 'CONSORTIUM') {
      const consortium = consortia.find((candidate) => candidate.id === grant.scopeId);
      if (consortium) scopes.push({ value: `CONSORTIUM:${consortium.id}`, label: consortium.name, kind: 'CONSORTIUM', id: consortium.id, organisations: consortium.members });
    }
  }
  return scopes.filter((scope, index) => scopes.findIndex((other) => other.value === scope.value) === index);
}

/** The consortia a person administers, with their members. */
export const administeredConsortia = <C extends ConsortiumWithMembers>(grants: readonly RoleGrant[], consortia: readonly C[]): C[] =>
  consortia.filter((consortium) => grants.some((grant) => grant.role === 'CONSORTIUM_ADMIN' && grant.scopeKind === 'CONSORTIUM' && grant.scopeId === consortium.id));

export const ROLE_LABELS: Record<Role, string> = {
  STAFF: 'Member of staff',
  COACH: 'Coach',
  MENTOR: 'Mentor',
  LINE_MANAGER: 'Line manager',
  PROGRAMME_LEAD: 'Programme lead',
  SUPERVISOR: 'Supervisor',
  ANALYST: 'Analyst',
  ORGANISATION_ADMIN: 'Organisation admin',
  CONSORTIUM_ADMIN: 'Consortium admin',
};

/** Roles that make sense in each kind of scope: staff-level roles belong to an organisation. */
export function grantableRoles(kind: GrantScope['kind']): Role[] {
  return kind === 'CONSORTIUM' ? ['PROGRAMME_LEAD', 'SUPERVISOR', 'ANALYST', 'CONSORTIUM_ADMIN'] : ['COACH', 'MENTOR', 'LINE_MANAGER', 'PROGRAMME_LEAD', 'SUPERVISOR', 'ANALYST', 'ORGANISATION_ADMIN'];
}

/** A person's roles held in one scope, for listing with a way to revoke each. */
export const rolesIn = (grants: readonly RoleGrant[], scope: Pick<GrantScope, 'kind' | 'id'>): RoleGrant[] => grants.filter((grant) => grant.scopeKind === scope.kind && grant.scopeId === scope.id);
