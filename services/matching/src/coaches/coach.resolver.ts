import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { organisationsLedBy } from '../access/lead-reach.queries';
import { ProgrammeType } from '../common/graphql-enums';
import { MatchingStore } from '../infrastructure/matching-store';
import { CoachCommands } from './coach.commands';
import { CoachPreferencesInput, MyCoachProfileView, PoolCoachView } from './coach.graphql-types';
import { ownCoachProfile, poolIn } from './coach.queries';

@Resolver(() => PoolCoachView)
export class CoachResolver {
  constructor(
    private readonly commands: CoachCommands,
    private readonly store: MatchingStore,
  ) {}

  private myProfile(principal: Principal): Promise<MyCoachProfileView | null> {
    return ownCoachProfile(this.store.pool, principal.organisationId, principal.personId);
  }

  @Mutation(() => MyCoachProfileView, { description: 'As a coach or mentor: capacity, sites, experience, formats, gender, and pause or resume' })
  async setCoachPreferences(@Args('input') input: CoachPreferencesInput, @CurrentPrincipal() principal: Principal): Promise<MyCoachProfileView> {
    await this.commands.setPreferences(principal, input);
    const profile = await this.myProfile(principal);
    if (!profile) throw new DomainError('NOT_ELIGIBLE', 'You are not eligible to coach or mentor at the moment.');
    return profile;
  }

  @Query(() => MyCoachProfileView, { nullable: true, description: 'Your own place in the pool, or null when you are not eligible to coach or mentor' })
  myCoachProfile(@CurrentPrincipal() principal: Principal): Promise<MyCoachProfileView | null> {
    return this.myProfile(principal);
  }

  @Query(() => [PoolCoachView], { description: 'For programme leads: the coaches and mentors eligible in the organisations they lead' })
  async pool(
    @CurrentPrincipal() principal: Principal,
    @Args('programme', { type: () => ProgrammeType, nullable: true }) programme: ProgrammeType | null,
  ): Promise<PoolCoachView[]> {
    const organisations = await organisationsLedBy(this.store.pool, principal);
    if (organisations.length === 0) throw new DomainError('FORBIDDEN', 'Only programme leads can see the pool.');
    return poolIn(this.store.pool, organisations, programme ?? null);
  }
}
