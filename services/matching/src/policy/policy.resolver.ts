import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { requireLead } from '../access/matching-access';
import { MatchingScopeInput, ProgrammeType, scopeOf } from '../common/graphql-enums';
import { consortiaOf } from '../directory/directory.queries';
import { MatchingStore } from '../infrastructure/matching-store';
import { PolicyCommands } from './policy.commands';
import { ProgrammePolicyView } from './policy.graphql-types';
import { policyFor } from './programme-policy.projection';

@Resolver(() => ProgrammePolicyView)
export class PolicyResolver {
  constructor(
    private readonly commands: PolicyCommands,
    private readonly store: MatchingStore,
  ) {}

  @Mutation(() => ProgrammePolicyView, { description: 'For programme leads: how the programme runs in their organisation or consortium' })
  async setProgrammePolicy(
    @Args('scope') scopeInput: MatchingScopeInput,
    @Args('programme', { type: () => ProgrammeType }) programme: ProgrammeType,
    @Args('policy') policy: ProgrammePolicyView,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProgrammePolicyView> {
    const scope = scopeOf(scopeInput);
    await this.commands.setPolicy(principal, scope, programme, { ...policy, weights: { ...policy.weights } });
    return policyFor(this.store.pool, scope.id, programme);
  }

  @Query(() => ProgrammePolicyView, { description: 'The policy in force (the default until a lead sets one)' })
  async programmePolicy(
    @Args('scope') scopeInput: MatchingScopeInput,
    @Args('programme', { type: () => ProgrammeType }) programme: ProgrammeType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProgrammePolicyView> {
    const scope = scopeOf(scopeInput);
    requireLead(principal, scope, scope.kind === 'organisation' ? await consortiaOf(this.store.pool, scope.id) : [], 'see the programme policy');
    return policyFor(this.store.pool, scope.id, programme);
  }
}
