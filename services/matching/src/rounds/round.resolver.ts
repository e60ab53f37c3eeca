import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { requireUuid } from '@tapestry/nest-kit';
import { requireLead } from '../access/matching-access';
import { MatchingScopeInput, ProgrammeType, scopeOf } from '../common/graphql-enums';
import { consortiaOf } from '../directory/directory.queries';
import { MatchingStore } from '../infrastructure/matching-store';
import { RoundCommands } from './round.commands';
import { MatchingRound } from './round.graphql-types';
import { findRound, roundView } from './round.view';

@Resolver(() => MatchingRound)
export class RoundResolver {
  constructor(
    private readonly commands: RoundCommands,
    private readonly store: MatchingStore,
  ) {}

  @Mutation(() => MatchingRound, {
    description: 'Matches every open request in the scope and programme against the whole pool at once, maximising the total score; recorded so any match can be explained later',
  })
  async runMatchingRound(
    @Args('scope') scope: MatchingScopeInput,
    @Args('programme', { type: () => ProgrammeType }) programme: ProgrammeType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchingRound> {
    return roundView(this.store.pool, await this.commands.runMatchingRound(principal, scopeOf(scope), programme));
  }

  @Mutation(() => Boolean, { description: 'Insist on a pair in the next rounds (an override, with its reason), unless a hard rule forbids it' })
  async pinPair(
    @Args('scope') scope: MatchingScopeInput,
    @Args('programme', { type: () => ProgrammeType }) programme: ProgrammeType,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.commands.pinPair(principal, scopeOf(scope), programme, requestId, coachId, reason);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Rule a pair out of the next rounds, with the reason' })
  async excludePair(
    @Args('scope') scope: MatchingScopeInput,
    @Args('programme', { type: () => ProgrammeType }) programme: ProgrammeType,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.commands.excludePair(principal, scopeOf(scope), programme, requestId, coachId, reason);
    return true;
  }

  @Query(() => MatchingRound, { description: 'A past round, as it was recorded: for explaining a match' })
  async matchingRound(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<MatchingRound> {
    const round = await findRound(this.store.pool, requireUuid(id, 'id'));
    if (!round) throw new DomainError('NOT_FOUND', `There is no round ${id}.`);
    const scope = { kind: round.scopeKind, id: round.scopeId };
    requireLead(principal, scope, scope.kind === 'organisation' ? await consortiaOf(this.store.pool, scope.id) : [], 'see this round');
    return roundView(this.store.pool, round);
  }
}
