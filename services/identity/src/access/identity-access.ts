import { hasRole, isConsortiumAdmin, isOrganisationAdmin, isSelf, type Principal, type Role, type RoleGrant } from '@tapestry/auth';

/** An organisation and the consortia it belongs to: a consortium role reaches every member organisation. */
export interface OrganisationReach {
  organisationId: string;
  consortiumIds: readonly string[];
}

/** Roles whose work needs the staff list: running the pool, supervising, administering. Analysts see aggregates only. */
const PEOPLE_READERS_IN_ORGANISATION: readonly Role[] = ['organisation_admin', 'programme_lead', 'supervisor'];
const PEOPLE_READERS_IN_CONSORTIUM: readonly Role[] = ['consortium_admin', 'programme_lead', 'supervisor'];

export function canReadPeopleOf(principal: Principal, organisation: OrganisationReach): boolean {
  return (
    PEOPLE_READERS_IN_ORGANISATION.some((role) => hasRole(principal, role, { kind: 'organisation', id: organisation.organisationId })) ||
    organisation.consortiumIds.some((consortiumId) =>
      PEOPLE_READERS_IN_CONSORTIUM.some((role) => hasRole(principal, role, { kind: 'consortium', id: consortiumId })),
    )
  );
}

export interface PersonReach extends OrganisationReach {
  personId: string;
  lineManagerId: string | null;
}

/** A person reads their own record, a line manager their direct reports', and the people readers above the rest. */
export function canReadPerson(principal: Principal, person: PersonReach): boolean {
  return isSelf(principal, person.personId) || principal.personId === person.lineManagerId || canReadPeopleOf(principal, person);
}

export function canManagePeopleOf(principal: Principal, organisationId: string): boolean {
  return isOrganisationAdmin(principal, organisationId);
}

/**
 * The organisation is the data controller for its staff's equality data, so only its own admins state its lawful basis:
 * not a consortium admin, not an admin of another member organisation.
 */
export function canRecordLawfulBasis(principal: Principal, organisationId: string): boolean {
  return isOrganisationAdmin(principal, organisationId);
}

/** Consortium admins bring organisations onto the platform. */
export function canCreateOrganisation(principal: Principal): boolean {
  return principal.roles.some((grant) => grant.role === 'consortium_admin');
}

/** An organisation admin may found a consortium (and becomes its first admin); a consortium admin may found another. */
export function canCreateConsortium(principal: Principal): boolean {
  return principal.roles.some((grant) => grant.role === 'organisation_admin' || grant.role === 'consortium_admin');
}

export function canManageConsortium(principal: Principal, consortiumId: string): boolean {
  return isConsortiumAdmin(principal, consortiumId);
}

/**
 * Organisation roles are granted by that organisation's admins to its own staff; consortium roles by that consortium's
 * admins to staff of its member organisations.
 */
export function canGrant(principal: Principal, grant: RoleGrant, target: OrganisationReach): boolean {
  if (grant.scope.kind === 'organisation') {
    return isOrganisationAdmin(principal, grant.scope.id) && target.organisationId === grant.scope.id;
  }
  return isConsortiumAdmin(principal, grant.scope.id) && target.consortiumIds.includes(grant.scope.id);
}
