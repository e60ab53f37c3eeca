import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A relationship on a caseload, by pseudonym: never the coachee, goals or session content' })
export class CaseloadRelationship {
  @Field() reference!: string;
  @Field() programme!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) startedOn!: string | null;
  @Field(() => Int, { nullable: true }) monthsRunning!: number | null;
  @Field(() => Int) sessionsHeld!: number;
  @Field(() => String, { nullable: true }) lastSessionOn!: string | null;
  @Field(() => String, { nullable: true }) nextSessionDueOn!: string | null;
  @Field(() => String, { nullable: true }) reviewDueOn!: string | null;
  @Field({ description: 'active, review_due, extended, past_end, waiting or closed' }) status!: string;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => String, { nullable: true }) closureReason!: string | null;
}

@ObjectType({ description: 'A flag raised on a caseload, with the facts behind it' })
export class CaseloadFlagView {
  @Field() kind!: string;
  @Field(() => String, { nullable: true, description: 'The relationship it is about; null when about the coach' }) reference!: string | null;
  @Field() message!: string;
  @Field({ description: 'The facts behind the flag, as JSON' }) facts!: string;
}

@ObjectType({ description: 'What adds to a coach’s fatigue risk' })
export class FatigueFactorView {
  @Field() factor!: string;
  @Field(() => Int) points!: number;
  @Field() detail!: string;
}

@ObjectType({ description: 'Fatigue risk from check-ins, load and flags: low, medium or high, with the factors behind it' })
export class FatigueRiskView {
  @Field() level!: string;
  @Field(() => Int) points!: number;
  @Field(() => [FatigueFactorView]) factors!: FatigueFactorView[];
}

@ObjectType({ description: 'One coach’s caseload: metadata only' })
export class CaseloadGql {
  @Field(() => ID) coachId!: string;
  @Field() coachName!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) capacityUsed!: number;
  @Field({ description: 'Not being matched: paused by themself or by their supervisor' }) paused!: boolean;
  @Field() pausedBySupervisor!: boolean;
  @Field() unresponsive!: boolean;
  @Field(() => [CaseloadRelationship]) active!: CaseloadRelationship[];
  @Field(() => [CaseloadRelationship]) waitingIntroductions!: CaseloadRelationship[];
  @Field(() => [CaseloadRelationship], { description: 'Closed in the last twelve months' }) closedRecently!: CaseloadRelationship[];
  @Field(() => [CaseloadFlagView]) flags!: CaseloadFlagView[];
  @Field(() => FatigueRiskView) fatigue!: FatigueRiskView;
}
