import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PractitionerRoleType, ProgrammeType } from '../catalogue/course.graphql-types';

export enum EligibilityReasonType {
  NOT_EMPLOYED = 'NOT_EMPLOYED',
  NOT_TRAINED = 'NOT_TRAINED',
  TRAINING_LAPSED = 'TRAINING_LAPSED',
  NO_CURRENT_APPROVAL = 'NO_CURRENT_APPROVAL',
  PAUSED = 'PAUSED',
}
registerEnumType(EligibilityReasonType, { name: 'EligibilityReason', description: 'Why a person may not practise, in the order a person would fix them' });

@ObjectType()
export class ProgrammeRoleEligibility {
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => PractitionerRoleType) role!: PractitionerRoleType;
  @Field() eligible!: boolean;
  @Field(() => [EligibilityReasonType], { description: 'Empty exactly when eligible' }) reasons!: EligibilityReasonType[];
}

@ObjectType({ description: 'Whether a person may practise, in every programme and role, as of now' })
export class PersonEligibility {
  @Field(() => ID) personId!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => [ProgrammeRoleEligibility]) entries!: ProgrammeRoleEligibility[];
}
