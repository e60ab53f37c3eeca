import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CandidateOutcome } from './assessment-centre.events';

export enum CandidateOutcomeType {
  SELECTED = 'selected',
  NOT_YET = 'not_yet',
  DECLINED = 'declined',
}
registerEnumType(CandidateOutcomeType, {
  name: 'AssessmentCentreOutcome',
  description: 'Selected into the coach pool; not yet (develop, then come again); or declined',
});

@InputType()
export class PlanAssessmentCentreInput {
  @Field(() => ID) organisationId!: string;
  @Field({ description: 'ISO date, today or later' }) date!: string;
  @Field(() => [ID], { description: 'Programme leads or supervisors for the organisation' }) assessorIds!: string[];
}

@ObjectType()
export class AssessmentCentreCandidate {
  @Field(() => ID) personId!: string;
  @Field() displayName!: string;
  @Field(() => CandidateOutcomeType, { nullable: true, description: 'Null until recorded' }) outcome!: CandidateOutcome | null;
  @Field(() => String, { nullable: true, description: 'Only for the candidate, the assessors and programme leads' }) feedback!: string | null;
  @Field(() => String, { nullable: true }) recordedAt!: string | null;
}

@ObjectType({ description: 'An assessment centre selecting coaches into the pool' })
export class AssessmentCentre {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field() date!: string;
  @Field(() => [ID]) assessorIds!: string[];
  @Field(() => [AssessmentCentreCandidate]) candidates!: AssessmentCentreCandidate[];
}
