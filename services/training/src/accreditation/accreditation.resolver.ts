import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { PG_POOL } from '@tapestry/nest-kit';
import { canReadCoachRecord } from '../profile/coach-access';
import { requirePersonFacts } from '../profile/coach-reach.queries';
import { AwardAccreditationCommand, RecordCpdCommand } from './accreditation.handlers';
import { Accreditation, AccreditationLevelType, CpdRecord, RecordCpdInput } from './accreditation.graphql-types';
import { accreditationOf, cpdRecordsOf } from './accreditation.queries';

@Resolver()
export class AccreditationResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Mutation(() => CpdRecord, { description: 'Records your own continuing professional development' })
  recordCpd(
    @Args('input') input: RecordCpdInput,
    @Args('personId', { type: () => ID, nullable: true, description: 'Yourself; anyone else is refused' }) personId: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CpdRecord> {
    return this.commands.execute(new RecordCpdCommand(input, personId, principal));
  }

  @Mutation(() => Accreditation, { description: 'A programme lead awards the next level once the evidence for it is in' })
  awardAccreditation(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('level', { type: () => AccreditationLevelType }) level: AccreditationLevelType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Accreditation> {
    return this.commands.execute(new AwardAccreditationCommand(personId, level, principal));
  }

  @Query(() => Accreditation, { description: "A coach's level and progress: for the coach, their supervisors and programme leads" })
  async accreditation(@Args('personId', { type: () => ID }) personId: string, @CurrentPrincipal() principal: Principal): Promise<Accreditation> {
    const coach = await requirePersonFacts(this.pool, personId);
    assertAllowed(canReadCoachRecord(principal, coach), "read this coach's accreditation");
    return accreditationOf(this.pool, coach.personId);
  }

  @Query(() => [CpdRecord])
  async cpdRecords(@Args('personId', { type: () => ID }) personId: string, @CurrentPrincipal() principal: Principal): Promise<CpdRecord[]> {
    const coach = await requirePersonFacts(this.pool, personId);
    assertAllowed(canReadCoachRecord(principal, coach), "read this coach's CPD");
    return cpdRecordsOf(this.pool, coach.personId);
  }
}
