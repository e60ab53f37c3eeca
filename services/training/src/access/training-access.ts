import { hasRole, type Principal, type Role } from '@tapestry/auth';

/** An organisation and the consortia it belongs to: a consortium role reaches every member organisation. */
export interface OrganisationReach {
  organisationId: string;
  consortiumIds: readonly string[];
}

function holdsOver(principal: Principal, roles: readonly Role[], reach: OrganisationReach): boolean {
  return roles.some(
    (role) =>
      hasRole(principal, role, { kind: 'organisation', id: reach.organisationId }) ||
      reach.consortiumIds.some((consortiumId) => hasRole(principal, role, { kind: 'consortium', id: consortiumId })),
  );
}

/** Programme leads and organisation admins run the catalogue and training events: schedule, take the register, cancel. */
export function canRunTrainingFor(principal: Principal, reach: OrganisationReach): boolean {
  return holdsOver(principal, ['programme_lead', 'organisation_admin'], reach) || holdsOver(principal, ['consortium_admin'], reach);
}

/**
 * The catalogue and the dates of training events are open to the organisation's own staff and anyone with a role over
 * it (a consortium role included): they are how people find training to enrol on.
 */
export function canSeeTrainingOf(principal: Principal, reach: OrganisationReach): boolean {
  return (
    principal.organisationId === reach.organisationId ||
    principal.roles.some((grant) => grant.scope.kind === 'organisation' && grant.scope.id === reach.organisationId) ||
    principal.roles.some((grant) => grant.scope.kind === 'consortium' && reach.consortiumIds.includes(grant.scope.id))
  );
}

/** A learner may join training run by their own organisation or by one their organisation shares a consortium with. */
export function mayLearnAt(learner: OrganisationReach, event: OrganisationReach): boolean {
  return learner.organisationId === event.organisationId || learner.consortiumIds.some((id) => event.consortiumIds.includes(id));
}
