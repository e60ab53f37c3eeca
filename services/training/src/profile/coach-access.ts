import { hasRole, isSelf, type Principal, type Role, type RoleGrant } from '@tapestry/auth';
import type { OrganisationReach } from '../access/training-access';

/** A coach with their organisation's reach: a consortium role reaches every member organisation. */
export interface CoachReach extends OrganisationReach {
  personId: string;
  status: 'active' | 'left';
}

/** Whether `roles` (a principal's, or another person's from the people table) hold one of `wanted` over `reach`. */
function holdsIn(roles: readonly RoleGrant[], wanted: readonly Role[], reach: OrganisationReach): boolean {
  return roles.some(
    ({ role, scope }) =>
      wanted.includes(role) && (scope.kind === 'organisation' ? scope.id === reach.organisationId : reach.consortiumIds.includes(scope.id)),
  );
}

/** Programme leads run the pool and its development; an organisation admin stands in for one in their own organisation. */
export function canManageCoachDevelopment(principal: Principal, reach: OrganisationReach): boolean {
  return (
    holdsIn(principal.roles, ['programme_lead'], reach) ||
    hasRole(principal, 'organisation_admin', { kind: 'organisation', id: reach.organisationId })
  );
}

/**
 * The coach themself; supervisors (for now every supervisor with a role over the coach's organisation, until
 * supervision publishes caseloads); programme leads and organisation admins of the coach's organisation; and the same
 * consortium roles for member organisations.
 */
export function canReadCoachRecord(principal: Principal, reach: CoachReach): boolean {
  return (
    isSelf(principal, reach.personId) ||
    holdsIn(principal.roles, ['supervisor', 'programme_lead'], reach) ||
    hasRole(principal, 'organisation_admin', { kind: 'organisation', id: reach.organisationId }) ||
    reach.consortiumIds.some((consortiumId) => hasRole(principal, 'consortium_admin', { kind: 'consortium', id: consortiumId }))
  );
}

export function isProgrammeLeadFor(principal: Principal, reach: OrganisationReach): boolean {
  return holdsIn(principal.roles, ['programme_lead'], reach);
}

/** Who may sit on a development or assessment centre panel for coaches of this organisation. */
export const ASSESSOR_ROLES: readonly Role[] = ['programme_lead', 'supervisor'];

export function isAssessorFor(roles: readonly RoleGrant[], reach: OrganisationReach): boolean {
  return holdsIn(roles, ASSESSOR_ROLES, reach);
}

/** Written feedback is for the coach, the assessors who wrote it and programme leads: not admins, not other supervisors. */
export function canReadFeedback(principal: Principal, reach: CoachReach, assessors: readonly string[]): boolean {
  return isSelf(principal, reach.personId) || assessors.includes(principal.personId) || isProgrammeLeadFor(principal, reach);
}
