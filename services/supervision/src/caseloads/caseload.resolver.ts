import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { londonDateOf } from '@tapestry/domain';
import { requireUuid } from '@tapestry/nest-kit';
import { findPeople, findPerson } from '@tapestry/people-directory';
import { currentSuperviseesOf, holdsOver, supervises } from '../access/supervision-access';
import { SupervisionClock } from '../infrastructure/supervision-clock';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { caseloadGqlOf } from './caseload.gql-mapping';
import { CaseloadGql } from './caseload.graphql-types';
import { caseloadsOf } from './caseload.queries';

@Resolver(() => CaseloadGql)
export class CaseloadResolver {
  constructor(
    private readonly store: SupervisionStore,
    private readonly clock: SupervisionClock,
  ) {}

  @Query(() => [CaseloadGql], { description: 'For a supervisor: the caseloads of every coach they supervise now, with flags' })
  async caseloads(@CurrentPrincipal() principal: Principal): Promise<CaseloadGql[]> {
    const coachIds = (await currentSuperviseesOf(this.store.pool, principal.personId)).map((supervisee) => supervisee.coachId);
    const [caseloads, people] = await Promise.all([caseloadsOf(this.store.pool, coachIds, londonDateOf(this.clock.now())), findPeople(this.store.pool, coachIds)]);
    return caseloads.map((caseload) => caseloadGqlOf(people.get(caseload.view.coachId)?.displayName ?? 'Unknown', caseload));
  }

  @Query(() => CaseloadGql, { description: 'One coach’s caseload: for their supervisor, the coach themself, and programme leads over them (flags and pauses)' })
  async caseload(@Args('coachId', { type: () => ID }) coachIdInput: string, @CurrentPrincipal() principal: Principal): Promise<CaseloadGql> {
    const coachId = requireUuid(coachIdInput, 'coachId');
    const coach = await findPerson(this.store.pool, coachId);
    const allowed =
      coach !== null &&
      (principal.personId === coachId ||
        (await supervises(this.store.pool, principal.personId, coachId)) ||
        (await holdsOver(this.store.pool, principal, ['programme_lead'], coach.organisationId)));
    if (!coach || !allowed) throw new DomainError('NOT_FOUND', `There is no caseload of ${coachId} you may see.`, { coachId });
    const [caseload] = await caseloadsOf(this.store.pool, [coachId], londonDateOf(this.clock.now()));
    return caseloadGqlOf(coach.displayName, caseload);
  }
}
