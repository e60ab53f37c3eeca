import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, type Role } from '@tapestry/auth';
import { Person } from '../people/person.graphql-types';
import { ChangeRoleCommand } from './role.handlers';
import { RoleType, ScopeKind } from './role.graphql-types';

@Resolver()
export class RoleResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => Person, { description: 'Organisation roles are granted by its admins; consortium roles by consortium admins' })
  grantRole(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('role', { type: () => RoleType }) role: RoleType,
    @Args('scopeKind', { type: () => ScopeKind }) scopeKind: ScopeKind,
    @Args('scopeId', { type: () => ID }) scopeId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Person> {
    return this.commands.execute(new ChangeRoleCommand('grant', personId, { role: role as string as Role, scope: { kind: scopeKind, id: scopeId } }, principal));
  }

  @Mutation(() => Person)
  revokeRole(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('role', { type: () => RoleType }) role: RoleType,
    @Args('scopeKind', { type: () => ScopeKind }) scopeKind: ScopeKind,
    @Args('scopeId', { type: () => ID }) scopeId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Person> {
    return this.commands.execute(new ChangeRoleCommand('revoke', personId, { role: role as string as Role, scope: { kind: scopeKind, id: scopeId } }, principal));
  }
}
