import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { PG_POOL } from '@tapestry/nest-kit';
import { TrainingClock } from '../infrastructure/training-clock';
import { londonDateOf } from '../common';
import { canReadCoachRecord } from '../profile/coach-access';
import { requirePersonFacts } from '../profile/coach-reach.queries';
import {
  AddDevelopmentPlanItemCommand,
  CompleteDevelopmentPlanItemCommand,
  JoinActionLearningSetCommand,
  RecordDevelopmentAssessmentCommand,
} from './development.handlers';
import { DevelopmentAssessment, DevelopmentPlanItem, DevelopmentPlanItemInput, DevelopmentRecord, RecordDevelopmentAssessmentInput } from './development.graphql-types';
import { developmentRecordOf } from './development.queries';

@Resolver()
export class DevelopmentResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool, private readonly clock: TrainingClock) {}

  @Mutation(() => DevelopmentAssessment, { description: 'Assessors record a development centre assessment; a repeat falls due in twelve months' })
  recordDevelopmentAssessment(@Args('input') input: RecordDevelopmentAssessmentInput, @CurrentPrincipal() principal: Principal): Promise<DevelopmentAssessment> {
    return this.commands.execute(new RecordDevelopmentAssessmentCommand(input, principal));
  }

  @Mutation(() => DevelopmentPlanItem)
  addDevelopmentPlanItem(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('input') input: DevelopmentPlanItemInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DevelopmentPlanItem> {
    return this.commands.execute(new AddDevelopmentPlanItemCommand(personId, input, principal));
  }

  @Mutation(() => DevelopmentPlanItem)
  completeDevelopmentPlanItem(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('itemId', { type: () => ID }) itemId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DevelopmentPlanItem> {
    return this.commands.execute(new CompleteDevelopmentPlanItemCommand(personId, itemId, principal));
  }

  @Mutation(() => DevelopmentRecord, { description: 'Places a coach in an action learning set for a year' })
  joinActionLearningSet(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('setId') setId: string,
    @Args('joinedOn', { description: 'ISO date' }) joinedOn: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DevelopmentRecord> {
    return this.commands.execute(new JoinActionLearningSetCommand(personId, setId, joinedOn, principal));
  }

  @Query(() => DevelopmentRecord, { description: 'Written feedback shows only to the coach, their assessors and programme leads' })
  async developmentRecord(@Args('personId', { type: () => ID }) personId: string, @CurrentPrincipal() principal: Principal): Promise<DevelopmentRecord> {
    const coach = await requirePersonFacts(this.pool, personId);
    assertAllowed(canReadCoachRecord(principal, coach), "read this coach's development record");
    return developmentRecordOf(this.pool, coach, principal, londonDateOf(this.clock.now()));
  }
}
