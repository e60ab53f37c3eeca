import { hasRole, type Principal, type Role } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';

/** An organisation and the consortia it belongs to: a consortium role reaches every member organisation. */
export interface OrganisationReach {
  organisationId: string;
  consortiumIds: readonly string[];
}

export type MatchingScope = { kind: 'organisation' | 'consortium'; id: string };

function holdsOver(principal: Principal, roles: readonly Role[], reach: OrganisationReach): boolean {
  return roles.some(
    (role) =>
      hasRole(principal, role, { kind: 'organisation', id: reach.organisationId }) ||
      reach.consortiumIds.some((consortiumId) => hasRole(principal, role, { kind: 'consortium', id: consortiumId })),
  );
}

/** Programme leads run matching for their organisation, or for every member of their consortium. */
export function leadsFor(principal: Principal, reach: OrganisationReach): boolean {
  return holdsOver(principal, ['programme_lead'], reach);
}

/** Leading a scope: an organisation (directly or through one of its consortia) or a whole consortium. */
export function leadsScope(principal: Principal, scope: MatchingScope, consortiaOfOrganisation: readonly string[]): boolean {
  if (scope.kind === 'consortium') return hasRole(principal, 'programme_lead', scope);
  return leadsFor(principal, { organisationId: scope.id, consortiumIds: consortiaOfOrganisation });
}

export function requireLead(principal: Principal, scope: MatchingScope, consortiaOfOrganisation: readonly string[], action: string): void {
  if (!leadsScope(principal, scope, consortiaOfOrganisation)) {
    throw new DomainError('FORBIDDEN', `Only a programme lead for this ${scope.kind} can ${action}.`);
  }
}
