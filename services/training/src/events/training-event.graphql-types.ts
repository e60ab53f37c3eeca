import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TrainingEventStatusType {
  SCHEDULED = 'scheduled',
  CANCELLED = 'cancelled',
}
registerEnumType(TrainingEventStatusType, { name: 'TrainingEventStatus' });

export enum EnrolmentStatusType {
  ENROLLED = 'enrolled',
  WAITING = 'waiting',
  CANCELLED = 'cancelled',
}
registerEnumType(EnrolmentStatusType, { name: 'EnrolmentStatus', description: 'Holding a place, on the waiting list, or no longer either' });

export enum AttendanceType {
  ATTENDED = 'attended',
  ABSENT = 'absent',
}
registerEnumType(AttendanceType, { name: 'Attendance' });

@ObjectType({ description: 'A date a course runs on, with its places and waiting list' })
export class TrainingEvent {
  @Field(() => ID) id!: string;
  @Field(() => ID) courseId!: string;
  @Field() courseTitle!: string;
  @Field(() => ID) organisationId!: string;
  @Field({ description: 'London date, YYYY-MM-DD' }) date!: string;
  @Field({ description: 'London time, HH:MM' }) startTime!: string;
  @Field({ description: 'London time, HH:MM' }) endTime!: string;
  @Field({ description: 'ISO 8601 instant' }) startsAt!: string;
  @Field({ description: 'ISO 8601 instant' }) endsAt!: string;
  @Field(() => String, { nullable: true }) venue!: string | null;
  @Field(() => String, { nullable: true }) onlineLink!: string | null;
  @Field() facilitator!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) placesTaken!: number;
  @Field(() => Int) placesLeft!: number;
  @Field(() => Int) waitingCount!: number;
  @Field(() => TrainingEventStatusType) status!: TrainingEventStatusType;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  /** For the calendar invitation; not a field. */
  scheduledAt!: string;
  cancelledAt!: string | null;
}

@ObjectType({ description: "A learner's place (or place in line) on a training event" })
export class Enrolment {
  @Field(() => ID) trainingEventId!: string;
  @Field(() => ID) learnerId!: string;
  @Field(() => EnrolmentStatusType) status!: EnrolmentStatusType;
  @Field(() => Int, { nullable: true, description: '1 for the first in line; null unless waiting' }) waitingPosition!: number | null;
  @Field({ description: 'Whether the learner acknowledged the current pre-training booklet' }) acknowledgedExpectations!: boolean;
  @Field(() => AttendanceType, { nullable: true }) attendance!: AttendanceType | null;
  @Field() completed!: boolean;
}

@InputType()
export class ScheduleTrainingEventInput {
  @Field(() => ID) courseId!: string;
  @Field({ description: 'London date, YYYY-MM-DD' }) date!: string;
  @Field({ description: 'London time, HH:MM' }) startTime!: string;
  @Field({ description: 'London time, HH:MM' }) endTime!: string;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => String, { nullable: true, description: 'https link for an online or hybrid day' }) onlineLink?: string | null;
  @Field() facilitator!: string;
  @Field(() => Int) capacity!: number;
}

@ObjectType({ description: 'What a learner commits to, acknowledged before the training day' })
export class ExpectationsBooklet {
  @Field({ description: 'Pass this to acknowledgeExpectations' }) version!: string;
  @Field() title!: string;
  @Field() text!: string;
  @Field(() => Int) maxPeopleAtATime!: number;
  @Field(() => Int) sessionsPerMonth!: number;
  @Field(() => Float) maxSessionHours!: number;
  @Field(() => Int) maxMonths!: number;
}
