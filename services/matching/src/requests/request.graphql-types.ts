import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { FormatPreferenceType, ProgrammeType, SupportKindType } from '../common/graphql-enums';

@InputType({ description: 'What the requester would like; unset means no preference' })
export class RequestPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Only someone who can meet at my site' }) sameSite?: boolean | null;
  @Field(() => FormatPreferenceType, { nullable: true }) format?: FormatPreferenceType | null;
  @Field(() => Boolean, { nullable: true, description: 'Someone whose shifts fit mine' }) shiftCompatible?: boolean | null;
  @Field(() => Boolean, { nullable: true }) outsideDirectorate?: boolean | null;
  @Field(() => Boolean, { nullable: true }) outsideStaffGroup?: boolean | null;
  @Field(() => Boolean, { nullable: true }) outsideOrganisation?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Never someone from my own team (default true)' }) notSameTeam?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Only a coach or mentor of this gender' }) gender?: string | null;
}

@InputType()
export class RequestSupportInput {
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => SupportKindType) kind!: SupportKindType;
  @Field({ description: 'Private: seen by you and, once introduced, your coach or mentor' }) goals!: string;
  @Field(() => [String], { nullable: true, description: 'Topics, matched against coaches’ experience' }) topics?: string[] | null;
  @Field(() => RequestPreferencesInput, { nullable: true }) preferences?: RequestPreferencesInput | null;
}

@ObjectType()
export class RequestPreferencesView {
  @Field() site!: string;
  @Field() format!: string;
  @Field() shiftCompatible!: boolean;
  @Field() outsideDirectorate!: boolean;
  @Field() outsideStaffGroup!: boolean;
  @Field() outsideOrganisation!: boolean;
  @Field() notSameTeam!: boolean;
  @Field(() => String, { nullable: true }) gender!: string | null;
}

@ObjectType({ description: 'A request for a coach or mentor' })
export class SupportRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) requesterId!: string;
  @Field() requesterName!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => SupportKindType) kind!: SupportKindType;
  @Field({ description: 'open, matched, withdrawn or fulfilled' }) status!: string;
  @Field(() => String, { nullable: true, description: 'Only for the requester' }) goals!: string | null;
  @Field(() => [String]) topics!: string[];
  @Field(() => RequestPreferencesView) preferences!: RequestPreferencesView;
  @Field() requestedAt!: Date;
  @Field({ description: 'Whole days since the request was made' }) waitingDays!: number;
  @Field(() => ID, { nullable: true }) relationshipId!: string | null;
}
