import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProgrammeType } from '../catalogue/course.graphql-types';

export enum ApprovalKindType {
  PRACTISE_AS_COACH = 'practise_as_coach',
  PRACTISE_AS_MENTOR = 'practise_as_mentor',
  RELEASE_FOR_COACHING = 'release_for_coaching',
}
registerEnumType(ApprovalKindType, { name: 'ApprovalKind', description: 'What a line manager agrees to' });

export enum ApprovalStatusType {
  PENDING = 'pending',
  APPROVED = 'approved',
  DECLINED = 'declined',
  EXPIRED = 'expired',
  INVALIDATED = 'invalidated',
}
registerEnumType(ApprovalStatusType, {
  name: 'ApprovalStatus',
  valuesMap: { INVALIDATED: { description: "Ended because the person's line manager changed or the person left" } },
});

export enum DecidedAsType {
  LINE_MANAGER = 'line_manager',
  ORGANISATION_ADMIN_FOR_ABSENT_MANAGER = 'organisation_admin_for_absent_manager',
}
registerEnumType(DecidedAsType, { name: 'ApprovalDecidedAs' });

@ObjectType({ description: "A request for a line manager's agreement, and what became of it" })
export class ManagerApproval {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'The person asking, as identity names them' }) personName!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => ApprovalKindType) kind!: ApprovalKindType;
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => ApprovalStatusType) status!: ApprovalStatusType;
  @Field(() => ID, { nullable: true, description: 'Who the request is routed to' }) lineManagerId!: string | null;
  @Field({ description: 'ISO 8601 instant' }) requestedAt!: string;
  @Field(() => Int) remindersSent!: number;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => DecidedAsType, { nullable: true }) decidedAs!: DecidedAsType | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 instant' }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 instant; set once approved' }) expiresAt!: string | null;
}
