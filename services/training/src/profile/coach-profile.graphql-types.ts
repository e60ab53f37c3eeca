import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Accreditation } from '../accreditation/accreditation.graphql-types';
import { QualificationType } from '../catalogue/course.graphql-types';
import { ActionLearningMembership } from '../development/development.graphql-types';
import { ProgrammeRoleEligibility } from '../eligibility/eligibility.graphql-types';

@ObjectType({ description: 'A course the coach completed' })
export class CoachTrainingRecord {
  @Field(() => ID) courseId!: string;
  @Field() courseTitle!: string;
  @Field(() => [QualificationType]) qualifies!: QualificationType[];
  @Field() completedOn!: string;
  @Field(() => String, { nullable: true, description: 'When the training stops counting and a refresher is due' }) lapsesOn!: string | null;
  @Field(() => Float) cpdHours!: number;
}

@ObjectType()
export class DevelopmentAssessmentSummary {
  @Field(() => ID) id!: string;
  @Field() assessedOn!: string;
  @Field(() => Float) averageRating!: number;
  @Field() repeatDueOn!: string;
}

@ObjectType({ description: "A coach's training, eligibility, accreditation and development in one place" })
export class CoachProfile {
  @Field(() => ID) personId!: string;
  @Field(() => ID) organisationId!: string;
  @Field() displayName!: string;
  @Field({ description: 'active or left' }) status!: string;
  @Field(() => [CoachTrainingRecord], { description: 'Newest first' }) trainingRecords!: CoachTrainingRecord[];
  @Field(() => [ProgrammeRoleEligibility], { description: 'Every programme and role, as of now, with the reasons when not eligible' })
  eligibility!: ProgrammeRoleEligibility[];
  @Field(() => Accreditation) accreditation!: Accreditation;
  @Field(() => Float) cpdHours!: number;
  @Field(() => [DevelopmentAssessmentSummary], { description: 'Newest first; the feedback itself is in developmentRecord' })
  developmentAssessments!: DevelopmentAssessmentSummary[];
  @Field(() => String, { nullable: true }) repeatAssessmentDueOn!: string | null;
  @Field() repeatAssessmentOverdue!: boolean;
  @Field(() => ActionLearningMembership, { nullable: true }) actionLearningSet!: ActionLearningMembership | null;
}
