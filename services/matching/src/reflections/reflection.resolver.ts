import { randomUUID } from 'node:crypto';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { requireUuid } from '@tapestry/nest-kit';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { findParties } from '../relationships/relationship.queries';
import { ReflectionView } from './reflection.graphql-types';
import { REFLECTION_VAULT } from './reflection.tokens';
import { ReflectionVault } from './vault';

/**
 * Private reflections. The author is always the signed-in person, never an id from the request: the vault trusts the
 * author it is given. Reflections are not events, so they never reach the relay or Kafka.
 */
@Resolver(() => ReflectionView)
export class ReflectionResolver implements OnModuleInit {
  constructor(
    @Inject(REFLECTION_VAULT) private readonly vault: ReflectionVault,
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.vault.ensureTables(this.store.pool);
  }

  private async requireParty(principal: Principal, relationshipIdInput: string): Promise<string> {
    const relationshipId = requireUuid(relationshipIdInput, 'relationshipId');
    const parties = await findParties(this.store.pool, relationshipId);
    if (!parties || (parties.coachId !== principal.personId && parties.coacheeId !== principal.personId)) {
      throw new DomainError('NOT_FOUND', `There is no relationship ${relationshipId} of yours.`, { relationshipId });
    }
    return relationshipId;
  }

  @Mutation(() => ReflectionView, { description: 'Add a private reflection on one of your relationships; only you can ever read it' })
  async addReflection(
    @Args('relationshipId', { type: () => ID }) relationshipIdInput: string,
    @Args('text') text: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReflectionView> {
    const relationshipId = await this.requireParty(principal, relationshipIdInput);
    const reflectionId = randomUUID();
    const writtenAt = this.clock.now();
    await this.vault.add(this.store.pool, { reflectionId, authorId: principal.personId, relationshipId, text, writtenAt });
    const [added] = (await this.vault.listFor(this.store.pool, principal.personId, relationshipId)).filter((reflection) => reflection.reflectionId === reflectionId);
    if (!added) throw new DomainError('NOT_FOUND', 'The reflection could not be read back.');
    return { id: added.reflectionId, relationshipId, text: added.text, writtenAt: added.writtenAt };
  }

  @Query(() => [ReflectionView], { description: 'Your own reflections on one of your relationships, oldest first' })
  async myReflections(@Args('relationshipId', { type: () => ID }) relationshipIdInput: string, @CurrentPrincipal() principal: Principal): Promise<ReflectionView[]> {
    const relationshipId = await this.requireParty(principal, relationshipIdInput);
    const reflections = await this.vault.listFor(this.store.pool, principal.personId, relationshipId);
    return reflections.map((reflection) => ({ id: reflection.reflectionId, relationshipId, text: reflection.text, writtenAt: reflection.writtenAt }));
  }
}
