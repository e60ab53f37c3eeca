import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { organisationsLedBy } from '../access/lead-reach.queries';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { FollowUpDue } from './follow-up.graphql-types';
import { followUpsDueIn } from './follow-up.queries';

@Resolver(() => FollowUpDue)
export class FollowUpResolver {
  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  @Query(() => [FollowUpDue], { description: 'For programme leads: follow-ups coming up within `withinDays` (default 14) and those escalated to you' })
  async followUpsDue(
    @CurrentPrincipal() principal: Principal,
    @Args('withinDays', { type: () => Int, nullable: true }) withinDays: number | null,
  ): Promise<FollowUpDue[]> {
    const days = withinDays ?? 14;
    if (!Number.isInteger(days) || days < 0 || days > 365) throw new DomainError('BAD_USER_INPUT', `withinDays must be from 0 to 365; got ${days}.`, { field: 'withinDays' });
    const organisations = await organisationsLedBy(this.store.pool, principal);
    if (organisations.length === 0) throw new DomainError('FORBIDDEN', 'Only programme leads can see follow-ups.');
    return followUpsDueIn(this.store.pool, organisations, this.clock.now(), days);
  }
}
