import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AccreditationLevel } from './ladder';
import type { Criterion } from './progress';

export enum AccreditationLevelType {
  FOUNDATION = 'foundation',
  PRACTITIONER = 'practitioner',
  SENIOR_PRACTITIONER = 'senior_practitioner',
  MASTER_PRACTITIONER = 'master_practitioner',
}
registerEnumType(AccreditationLevelType, { name: 'AccreditationLevel', description: "A level of the accreditation ladder, after the EMCC's" });

export enum AccreditationCriterionType {
  TRAINING_HOURS = 'training_hours',
  PRACTICE_HOURS = 'practice_hours',
  SUPERVISION_HOURS = 'supervision_hours',
  CPD_HOURS = 'cpd_hours',
  DEVELOPMENT_CENTRE = 'development_centre',
}
registerEnumType(AccreditationCriterionType, { name: 'AccreditationCriterion' });

@ObjectType()
export class AccreditationCriterionProgress {
  @Field(() => AccreditationCriterionType) criterion!: Criterion;
  @Field(() => Float, { description: 'Hours, or the average rating (1 to 4) for the development centre' }) required!: number;
  @Field(() => Float) achieved!: number;
  @Field() met!: boolean;
}

@ObjectType()
export class AccreditationProgress {
  @Field(() => AccreditationLevelType) level!: AccreditationLevel;
  @Field() ready!: boolean;
  @Field(() => [AccreditationCriterionProgress]) criteria!: AccreditationCriterionProgress[];
  @Field(() => [String], { description: 'What is still needed, in words a coach can act on' }) missing!: string[];
}

@ObjectType({ description: "A coach's accreditation level, evidence totals and progress towards the next level" })
export class Accreditation {
  @Field(() => ID) personId!: string;
  @Field(() => AccreditationLevelType, { nullable: true }) level!: AccreditationLevel | null;
  @Field(() => String, { nullable: true }) awardedAt!: string | null;
  @Field(() => Float) trainingHours!: number;
  @Field(() => Float, { description: 'Coaching and mentoring practice together' }) practiceHours!: number;
  @Field(() => Float) supervisionHours!: number;
  @Field(() => Float) cpdHours!: number;
  @Field(() => Float, { nullable: true }) latestDevelopmentCentreRating!: number | null;
  @Field(() => AccreditationLevelType, { nullable: true, description: 'Null at the top of the ladder' }) nextLevel!: AccreditationLevel | null;
  @Field(() => AccreditationProgress, { nullable: true }) progress!: AccreditationProgress | null;
}

@ObjectType()
export class CpdRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => Float) hours!: number;
  @Field({ description: 'ISO date the CPD took place' }) date!: string;
  @Field() description!: string;
  @Field() recordedAt!: string;
}

@InputType()
export class RecordCpdInput {
  @Field(() => Float, { description: 'In quarter hours, at most 40 per record' }) hours!: number;
  @Field({ description: 'ISO date, today or earlier' }) date!: string;
  @Field({ description: 'What you did, e.g. "Read: The Coaching Manual"' }) description!: string;
}
