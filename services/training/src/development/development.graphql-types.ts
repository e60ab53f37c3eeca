import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Competency } from './competencies';

export enum CompetencyType {
  UNDERSTANDING_SELF = 'understanding_self',
  COMMITMENT_TO_SELF_DEVELOPMENT = 'commitment_to_self_development',
  MANAGING_THE_CONTRACT = 'managing_the_contract',
  BUILDING_THE_RELATIONSHIP = 'building_the_relationship',
  ENABLING_INSIGHT_AND_LEARNING = 'enabling_insight_and_learning',
  OUTCOME_AND_ACTION_ORIENTATION = 'outcome_and_action_orientation',
  USE_OF_MODELS_AND_TECHNIQUES = 'use_of_models_and_techniques',
  EVALUATION = 'evaluation',
}
registerEnumType(CompetencyType, { name: 'Competency', description: "A coaching competency a real play is rated against, after the EMCC's eight" });

@InputType()
export class CompetencyRatingInput {
  @Field(() => CompetencyType) competency!: Competency;
  @Field(() => Int, { description: '1 not yet evident, 2 developing, 3 competent, 4 strong' }) rating!: number;
  @Field({ description: 'Written feedback to the coach on this competency' }) feedback!: string;
}

@InputType()
export class DevelopmentPlanItemInput {
  @Field(() => CompetencyType) competency!: Competency;
  @Field() action!: string;
  @Field({ description: 'ISO date, today or later' }) targetDate!: string;
}

@InputType()
export class ActionLearningSetInput {
  @Field({ description: 'Which set, e.g. "North 2025"' }) setId!: string;
  @Field({ description: 'ISO date; membership lasts a year' }) joinedOn!: string;
}

@InputType({ description: 'An assessment of a recorded real play, with the plan and action learning that follow from it' })
export class RecordDevelopmentAssessmentInput {
  @Field(() => ID) personId!: string;
  @Field({ description: 'ISO date the real play was assessed' }) assessedOn!: string;
  @Field({ description: 'Where the recording is kept (a reference, never the recording)' }) recordingRef!: string;
  @Field(() => [ID], { description: 'Programme leads or supervisors for the coach; include yourself unless you are a programme lead recording for them' })
  assessorIds!: string[];
  @Field(() => [CompetencyRatingInput], { description: 'Every competency, once' }) ratings!: CompetencyRatingInput[];
  @Field(() => [DevelopmentPlanItemInput], { nullable: true }) developmentPlan?: DevelopmentPlanItemInput[] | null;
  @Field(() => ActionLearningSetInput, { nullable: true }) actionLearningSet?: ActionLearningSetInput | null;
}

@ObjectType()
export class CompetencyAssessment {
  @Field(() => CompetencyType) competency!: Competency;
  @Field() label!: string;
  @Field(() => Int) rating!: number;
  @Field(() => String, { nullable: true, description: 'Only for the coach, the assessors and programme leads' }) feedback!: string | null;
}

@ObjectType()
export class DevelopmentAssessment {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field() assessedOn!: string;
  @Field(() => [ID]) assessorIds!: string[];
  @Field(() => Float) averageRating!: number;
  @Field({ description: 'Twelve months after the assessment' }) repeatDueOn!: string;
  @Field() recordedAt!: string;
  @Field(() => String, { nullable: true, description: 'Only for the coach, the assessors and programme leads' }) recordingRef!: string | null;
  @Field(() => [CompetencyAssessment]) ratings!: CompetencyAssessment[];
}

@ObjectType()
export class DevelopmentPlanItem {
  @Field(() => ID) id!: string;
  @Field(() => CompetencyType) competency!: Competency;
  @Field() action!: string;
  @Field() targetDate!: string;
  @Field() addedAt!: string;
  @Field(() => String, { nullable: true }) completedAt!: string | null;
}

@ObjectType()
export class ActionLearningMembership {
  @Field() setId!: string;
  @Field() joinedOn!: string;
  @Field() endsOn!: string;
}

@ObjectType({ description: "A coach's development centre record" })
export class DevelopmentRecord {
  @Field(() => ID) personId!: string;
  @Field(() => [DevelopmentAssessment], { description: 'Newest first' }) assessments!: DevelopmentAssessment[];
  @Field(() => [DevelopmentPlanItem]) plan!: DevelopmentPlanItem[];
  @Field(() => ActionLearningMembership, { nullable: true, description: 'The latest set joined' }) actionLearningSet!: ActionLearningMembership | null;
  @Field(() => String, { nullable: true, description: 'Twelve months after the latest assessment' }) repeatAssessmentDueOn!: string | null;
  @Field() repeatAssessmentOverdue!: boolean;
}
