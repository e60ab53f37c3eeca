import { PG_POOL, requireUuid } from '@tapestry/nest-kit';
import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { Inject } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { AddPlaceCommand, CreateOrganisationCommand } from './organisation.handlers';
import { CreateOrganisationInput, Organisation } from './organisation.graphql-types';
import { findOrganisation, findOrganisations } from './organisation.queries';

/** Organisation names and places are not personal data: any signed-in person may list them. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Query(() => [Organisation])
  organisations(): Promise<Organisation[]> {
    return findOrganisations(this.pool);
  }

  @Query(() => Organisation, { nullable: true })
  organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation | null> {
    return findOrganisation(this.pool, requireUuid(id, 'id'));
  }

  @Mutation(() => Organisation)
  createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentPrincipal() principal: Principal): Promise<Organisation> {
    return this.commands.execute(new CreateOrganisationCommand(input, principal));
  }

  @Mutation(() => Organisation)
  addSite(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('name') name: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organisation> {
    return this.commands.execute(new AddPlaceCommand('site', organisationId, name, principal));
  }

  @Mutation(() => Organisation)
  addDirectorate(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('name') name: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organisation> {
    return this.commands.execute(new AddPlaceCommand('directorate', organisationId, name, principal));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<Organisation | null> {
    return findOrganisation(this.pool, reference.id);
  }
}
