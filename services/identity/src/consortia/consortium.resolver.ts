import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Pool } from 'pg';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { PG_POOL } from '@tapestry/nest-kit';
import { ChangeMembershipCommand, CreateConsortiumCommand } from './consortium.handlers';
import { Consortium, CreateConsortiumInput } from './consortium.graphql-types';
import { findConsortia, findConsortium } from './consortium.queries';

@Resolver(() => Consortium)
export class ConsortiumResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Query(() => [Consortium])
  consortia(): Promise<Consortium[]> {
    return findConsortia(this.pool);
  }

  @Mutation(() => Consortium)
  createConsortium(@Args('input') input: CreateConsortiumInput, @CurrentPrincipal() principal: Principal): Promise<Consortium> {
    return this.commands.execute(new CreateConsortiumCommand(input, principal));
  }

  @Mutation(() => Consortium)
  addConsortiumMember(
    @Args('consortiumId', { type: () => ID }) consortiumId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Consortium> {
    return this.commands.execute(new ChangeMembershipCommand('add', consortiumId, organisationId, principal));
  }

  @Mutation(() => Consortium)
  removeConsortiumMember(
    @Args('consortiumId', { type: () => ID }) consortiumId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Consortium> {
    return this.commands.execute(new ChangeMembershipCommand('remove', consortiumId, organisationId, principal));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<Consortium | null> {
    return findConsortium(this.pool, reference.id);
  }
}
