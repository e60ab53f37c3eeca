import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { organisationsLedBy } from '../access/lead-reach.queries';
import { ProgrammeType } from '../common/graphql-enums';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { RequestCommands } from './request.commands';
import { RequestSupportInput, SupportRequest } from './request.graphql-types';
import { openRequestsIn, requestsOf } from './request.queries';

@Resolver(() => SupportRequest)
export class RequestResolver {
  constructor(
    private readonly commands: RequestCommands,
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  private async mine(principal: Principal, requestId: string): Promise<SupportRequest> {
    const found = (await requestsOf(this.store.pool, principal.personId, this.clock.now())).find((request) => request.id === requestId);
    if (!found) throw new DomainError('NOT_FOUND', `You have no request ${requestId}.`);
    return found;
  }

  @Mutation(() => SupportRequest, { description: 'Ask for a coach or mentor in a programme; one open request per programme' })
  async requestSupport(@Args('input') input: RequestSupportInput, @CurrentPrincipal() principal: Principal): Promise<SupportRequest> {
    const requestId = await this.commands.requestSupport(principal, { ...input, topics: input.topics ?? null, preferences: input.preferences ?? null });
    return this.mine(principal, requestId);
  }

  @Mutation(() => SupportRequest, { description: 'Withdraw your open request' })
  async withdrawRequest(@Args('requestId', { type: () => ID }) requestId: string, @CurrentPrincipal() principal: Principal): Promise<SupportRequest> {
    await this.commands.withdrawRequest(principal, requestId);
    return this.mine(principal, requestId);
  }

  @Query(() => [SupportRequest], { description: 'Your own requests, newest first' })
  myRequests(@CurrentPrincipal() principal: Principal): Promise<SupportRequest[]> {
    return requestsOf(this.store.pool, principal.personId, this.clock.now());
  }

  @Query(() => [SupportRequest], { description: 'For programme leads: open requests in the organisations they lead, oldest first; goals withheld' })
  async openRequests(
    @CurrentPrincipal() principal: Principal,
    @Args('programme', { type: () => ProgrammeType, nullable: true }) programme: ProgrammeType | null,
  ): Promise<SupportRequest[]> {
    const organisations = await organisationsLedBy(this.store.pool, principal);
    if (organisations.length === 0) throw new DomainError('FORBIDDEN', 'Only programme leads can see open requests.');
    return openRequestsIn(this.store.pool, organisations, programme ?? null, this.clock.now());
  }
}
