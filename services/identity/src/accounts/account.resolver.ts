import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { CurrentPrincipal, Public, type Principal } from '@tapestry/auth';
import { PG_POOL } from '@tapestry/nest-kit';
import { Person } from '../people/person.graphql-types';
import { findPerson } from '../people/person.queries';
import { LoginResult } from './account.graphql-types';
import { LoginCommand } from './login.handler';
import { SetPasswordCommand } from './set-password.handler';

@Resolver()
export class AccountResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Locked for 15 minutes after 5 wrong passwords in 15 minutes' })
  login(@Args('email') email: string, @Args('password') password: string): Promise<LoginResult> {
    return this.commands.execute(new LoginCommand(email, password, new Date()));
  }

  @Query(() => Person, { nullable: true, description: 'The signed-in person' })
  me(@CurrentPrincipal() principal: Principal): Promise<Person | null> {
    return findPerson(this.pool, principal.personId);
  }

  @Mutation(() => Boolean, { description: 'Your own password, or (organisation admins) a member of staff’s' })
  setPassword(
    @Args('password') password: string,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    return this.commands.execute(new SetPasswordCommand(personId ?? principal.personId, password, principal));
  }
}
