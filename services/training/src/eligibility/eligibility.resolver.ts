import { requireUuid } from '@tapestry/nest-kit';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { findTrainingPerson } from '../people-directory/people-directory.queries';
import { canReadCoachRecord } from '../profile/coach-access';
import { PersonEligibility, type EligibilityReasonType, type ProgrammeRoleEligibility } from './eligibility.graphql-types';
import { currentEligibility } from './recompute-eligibility';

@Resolver(() => PersonEligibility)
export class EligibilityResolver {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  @Query(() => PersonEligibility, {
    nullable: true,
    description: 'For the person themself, supervisors and programme leads over their organisation, and its admins; null for someone training does not know',
  })
  async eligibility(@Args('personId', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<PersonEligibility | null> {
    const personId = requireUuid(id, 'personId');
    // One snapshot: a leaver committing between the directory read and the approvals read would otherwise show as
    // employed but without an approval.
    const eligibility = await this.store.snapshot(async (events, db) => {
      const person = await findTrainingPerson(db, personId);
      if (!person) return null;
      const reach = { ...(await organisationReachOf(db, person.organisationId)), personId: person.personId, status: person.status };
      assertAllowed(canReadCoachRecord(principal, reach), "see this person's eligibility");
      return currentEligibility(events, db, person.personId, this.clock.now());
    });
    if (!eligibility) return null;
    const entries: ProgrammeRoleEligibility[] = eligibility.entries.map((entry) => ({
      programme: entry.programme as ProgrammeRoleEligibility['programme'],
      role: entry.role as ProgrammeRoleEligibility['role'],
      eligible: entry.eligible,
      reasons: entry.reasons as EligibilityReasonType[],
    }));
    return { personId: eligibility.personId, organisationId: eligibility.organisationId, entries };
  }
}
