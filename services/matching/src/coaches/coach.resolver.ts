import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { organisationsLedBy } from '../access/lead-reach.queries';
import { ProgrammeType } from '../common/graphql-enums';
import { MatchingStore } from '../infrastructure/matching-store';
import { CoachCommands } from './coach.commands';
import { CoachPreferencesInput, PoolCoachView } from './coach.graphql-types';
import { poolIn } from './coach.queries';

@Resolver(() => PoolCoachView)
export class CoachResolver {
  constructor(
    private readonly commands: CoachCommands,
    private readonly store: MatchingStore,
  ) {}

  private async myProfile(principal: Principal): Promise<PoolCoachView | null> {
    const [profile] = await poolIn(this.store.pool, [principal.organisationId], null, principal.personId);
    return profile ?? null;
  }

  @Mutation(() => PoolCoachView, { description: 'As a coach or mentor: capacity, sites, experience, formats, and pause or resume' })
  async setCoachPreferences(@Args('input') input: CoachPreferencesInput, @CurrentPrincipal() principal: Principal): Promise<PoolCoachView> {
    await this.commands.setPreferences(principal, input);
    const profile = await this.myProfile(principal);
    if (!profile) throw new DomainError('NOT_ELIGIBLE', 'You are not eligible to coach or mentor at the moment.');
    return profile;
  }

  @Query(() => PoolCoachView, { nullable: true, description: 'Your own place in the pool, or null when you are not eligible to coach or mentor' })
  myCoachProfile(@CurrentPrincipal() principal: Principal): Promise<PoolCoachView | null> {
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
