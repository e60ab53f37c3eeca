import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { IdentityStore } from '../infrastructure/identity-store';
import { ChangeMyEqualityMonitoringCommand } from './equality-monitoring.handlers';
import { EqualityMonitoring, EthnicityType } from './equality-monitoring.graphql-types';
import { findEqualityMonitoring } from './equality-monitoring.queries';

/** Every operation is about the signed-in person alone: none takes a person id. */
@Resolver(() => EqualityMonitoring)
export class EqualityMonitoringResolver {
  constructor(private readonly commands: CommandBus, private readonly store: IdentityStore) {}

  @Query(() => EqualityMonitoring, { description: 'Your own recorded ethnicity and objection; nobody else can read them' })
  myEqualityMonitoring(@CurrentPrincipal() principal: Principal): Promise<EqualityMonitoring> {
    return findEqualityMonitoring(this.store.events, this.store.pool, principal.personId);
  }

  @Mutation(() => EqualityMonitoring, { description: 'Declares your own ethnicity, replacing any earlier declaration; PREFER_NOT_TO_SAY is a choice too' })
  recordMyEthnicity(
    @Args('ethnicity', { type: () => EthnicityType }) ethnicity: EthnicityType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EqualityMonitoring> {
    return this.commands.execute(new ChangeMyEqualityMonitoringCommand({ kind: 'ethnicity', ethnicity }, principal));
  }

  @Mutation(() => EqualityMonitoring, {
    description: 'true: leave your ethnicity out of all analysis, even in aggregate; false: withdraw that objection',
  })
  objectToSpecialCategoryAnalysis(@Args('objecting') objecting: boolean, @CurrentPrincipal() principal: Principal): Promise<EqualityMonitoring> {
    return this.commands.execute(new ChangeMyEqualityMonitoringCommand({ kind: 'objection', objecting }, principal));
  }
}
