import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProgrammeType, SupportKindType } from '../common/graphql-enums';

export enum GrowStageType {
  GOAL = 'GOAL',
  REALITY = 'REALITY',
  OPTIONS = 'OPTIONS',
  WILL = 'WILL',
}
registerEnumType(GrowStageType, { name: 'GrowStage', description: 'The GROW model: Goal, Reality, Options, Will (wrap-up)' });

export enum CancellationReasonType {
  CLINICAL_PRESSURE = 'CLINICAL_PRESSURE',
  STAFFING = 'STAFFING',
  SICKNESS = 'SICKNESS',
  LEAVE = 'LEAVE',
  PERSONAL = 'PERSONAL',
  OTHER = 'OTHER',
}
registerEnumType(CancellationReasonType, { name: 'CancellationReason' });

export enum ClosureReasonType {
  GOALS_MET = 'GOALS_MET',
  TERM_ENDED = 'TERM_ENDED',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  NO_TIME = 'NO_TIME',
  NOT_WORKING = 'NOT_WORKING',
  LEFT_ORGANISATION = 'LEFT_ORGANISATION',
  OTHER = 'OTHER',
}
registerEnumType(ClosureReasonType, { name: 'ClosureReason' });

export enum ClosureOutcomeType {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(ClosureOutcomeType, { name: 'ClosureOutcome' });

@InputType()
export class LogSessionInput {
  @Field({ description: 'YYYY-MM-DD, not in the future' }) heldOn!: string;
  @Field(() => Int, { description: 'At most 90' }) minutes!: number;
  @Field(() => GrowStageType, { nullable: true }) growStage?: GrowStageType | null;
}

@InputType()
export class CancelSessionInput {
  @Field({ description: 'The day the session was planned for, YYYY-MM-DD' }) plannedOn!: string;
  @Field(() => CancellationReasonType) reason!: CancellationReasonType;
  @Field(() => String, { nullable: true, description: 'The new day, when moved' }) rescheduledTo?: string | null;
}

@InputType()
export class CloseRelationshipInput {
  @Field(() => ClosureReasonType) reason!: ClosureReasonType;
  @Field(() => ClosureOutcomeType) outcome!: ClosureOutcomeType;
  @Field(() => String, { nullable: true, description: 'Your feedback; the other side may add theirs by closing too' }) feedback?: string | null;
}

@ObjectType()
export class PersonRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType()
export class SessionView {
  @Field(() => ID) id!: string;
  @Field() heldOn!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => GrowStageType, { nullable: true }) growStage!: GrowStageType | null;
}

@ObjectType()
export class CancelledSessionView {
  @Field(() => ID) id!: string;
  @Field() plannedOn!: string;
  @Field(() => CancellationReasonType) reason!: CancellationReasonType;
  @Field(() => String, { nullable: true }) rescheduledTo!: string | null;
}

@ObjectType({ description: 'A coaching or mentoring relationship. Goals and sessions are for the pair only; a lead sees status, dates and counts.' })
export class Relationship {
  @Field(() => ID) id!: string;
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => SupportKindType) kind!: SupportKindType;
  @Field({ description: 'introduced, active, declined or closed' }) status!: string;
  @Field(() => PersonRef) coach!: PersonRef;
  @Field(() => PersonRef) coachee!: PersonRef;
  @Field(() => String, { nullable: true, description: 'Who you are in it: coach or coachee; null for a lead' }) mySide!: string | null;
  @Field() introducedAt!: Date;
  @Field() chemistryMeetingAt!: Date;
  @Field(() => String, { nullable: true }) chemistryHeldOn!: string | null;
  @Field(() => [String], { description: 'Sides that confirmed after the chemistry meeting' }) confirmedBy!: string[];
  @Field(() => String, { nullable: true }) activeFrom!: string | null;
  @Field(() => String, { nullable: true }) reviewDueOn!: string | null;
  @Field(() => String, { nullable: true }) extendedTo!: string | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => ClosureReasonType, { nullable: true }) closureReason!: ClosureReasonType | null;
  @Field(() => ClosureOutcomeType, { nullable: true }) closureOutcome!: ClosureOutcomeType | null;
  @Field(() => Int) sessionsHeld!: number;
  @Field(() => Int) minutesHeld!: number;
  @Field(() => String, { nullable: true }) lastSessionOn!: string | null;
  @Field(() => Int) cancellations!: number;
  @Field(() => Float) score!: number;
  @Field(() => [String], { description: 'Why the pair was matched' }) reasons!: string[];
  @Field(() => String, { nullable: true, description: 'The coachee’s goals: for the coachee and their coach only' }) goals!: string | null;
  @Field(() => [SessionView], { nullable: true, description: 'For the pair only' }) sessions!: SessionView[] | null;
  @Field(() => [CancelledSessionView], { nullable: true, description: 'For the pair only' }) cancelledSessions!: CancelledSessionView[] | null;
  @Field(() => String, { nullable: true, description: 'Your own closing feedback' }) myFeedback!: string | null;
}

@ObjectType({ description: 'For a line manager: that a report takes part, never what is said' })
export class ReportParticipation {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field({ description: 'As coachee or mentee, or as coach or mentor' }) role!: string;
  @Field({ description: 'requested, introduced, active or closed' }) status!: string;
  @Field(() => String, { nullable: true }) since!: string | null;
}
