import { PG_POOL, requireUuid } from '@tapestry/nest-kit';
import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { Inject } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { londonDateOf } from '../common';
import { ChangeLawfulBasisCommand } from './lawful-basis.handlers';
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

  @Mutation(() => Organisation, {
    description:
      "States the organisation's condition for processing its staff's ethnicity (10-500 characters), replacing any earlier one. " +
      'Its own organisation admins only.',
  })
  recordLawfulBasis(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('basis', { description: 'e.g. UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)' }) basis: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organisation> {
    return this.commands.execute(new ChangeLawfulBasisCommand(organisationId, basis, principal, londonDateOf(new Date())));
  }

  @Mutation(() => Organisation, { description: "Analytics stops reporting the organisation's ethnicity data. Its own organisation admins only." })
  withdrawLawfulBasis(@Args('organisationId', { type: () => ID }) organisationId: string, @CurrentPrincipal() principal: Principal): Promise<Organisation> {
    return this.commands.execute(new ChangeLawfulBasisCommand(organisationId, null, principal, londonDateOf(new Date())));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<Organisation | null> {
    return findOrganisation(this.pool, reference.id);
  }
}
