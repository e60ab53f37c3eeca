import { PG_POOL, requireUuid } from '@tapestry/nest-kit';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { canReadPeopleOf, canReadPerson } from '../access/identity-access';
import { organisationReach, personReach } from '../access/reach.queries';
import { parseStaffGroup } from '../staff-groups';
import { RecordLeaverCommand, RegisterPersonCommand, UpdatePersonCommand } from './person.handlers';
import { PeopleFilter, Person, PersonConnection, RegisterPersonInput, UpdatePersonInput } from './person.graphql-types';
import { findPerson, listPeople } from './person.queries';

const today = (): string => new Date().toISOString().slice(0, 10);

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Query(() => Person, { nullable: true, description: 'Yourself, your direct reports, or anyone your role lets you see' })
  async person(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<Person | null> {
    const reach = await personReach(this.pool, requireUuid(id, 'id'));
    if (!reach) return null;
    assertAllowed(canReadPerson(principal, reach), "read this person's record");
    return findPerson(this.pool, reach.personId);
  }

  @Query(() => PersonConnection)
  async people(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('filter', { type: () => PeopleFilter, nullable: true }) filter: PeopleFilter | null,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonConnection> {
    const reach = await organisationReach(this.pool, requireUuid(organisationId, 'organisationId'));
    assertAllowed(canReadPeopleOf(principal, reach), "list this organisation's people");
    const wanted = { ...(filter ?? {}) };
    if (wanted.staffGroup) {
      const staffGroup = parseStaffGroup(wanted.staffGroup);
      if (!staffGroup) throw new DomainError('BAD_USER_INPUT', `Unknown staff group "${wanted.staffGroup}".`, { field: 'filter.staffGroup' });
      wanted.staffGroup = staffGroup;
    }
    return listPeople(this.pool, reach.organisationId, wanted, first, after);
  }

  @Mutation(() => Person)
  registerPerson(@Args('input') input: RegisterPersonInput, @CurrentPrincipal() principal: Principal): Promise<Person> {
    return this.commands.execute(new RegisterPersonCommand(input, principal));
  }

  @Mutation(() => Person, { description: 'Corrects details; a new job title, band, site, directorate or manager is recorded as a move' })
  updatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePersonInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Person> {
    return this.commands.execute(new UpdatePersonCommand(id, input, principal, today()));
  }

  @Mutation(() => Person)
  recordLeaver(
    @Args('id', { type: () => ID }) id: string,
    @Args('leavingDate', { description: 'ISO date' }) leavingDate: string,
    @Args('reason', { description: 'resignation, retirement, end_of_fixed_term, redundancy, dismissal, death_in_service, transfer or other' }) reason: string,
    @Args('detail', { type: () => String, nullable: true }) detail: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Person> {
    return this.commands.execute(new RecordLeaverCommand(id, leavingDate, reason, detail, principal));
  }
}
