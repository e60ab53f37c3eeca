import { PG_POOL, requireUuid } from '@tapestry/nest-kit';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { canRunTrainingFor, canSeeTrainingOf } from '../access/training-access';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { validDate } from '../common';
import { EXPECTATIONS_BOOKLET } from './booklet';
import { calendarInviteFor } from './calendar-invite';
import {
  AcknowledgeExpectationsCommand,
  CancelEnrolmentCommand,
  CancelTrainingEventCommand,
  EnrolCommand,
  RecordAttendanceCommand,
  ScheduleTrainingEventCommand,
} from './training-event.handlers';
import { AttendanceType, Enrolment, ExpectationsBooklet, ScheduleTrainingEventInput, TrainingEvent } from './training-event.graphql-types';
import { findEnrolment, findTrainingEvent, listEnrolments, listTrainingEvents } from './training-event.queries';

/** A year is as far as one listing reaches: enough for any planner, and it bounds the answer. */
const MAX_LISTING_DAYS = 366;

function validRange(from: string, to: string): { from: string; to: string } {
  const range = { from: validDate(from, 'from'), to: validDate(to, 'to') };
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days < 0) throw new DomainError('BAD_USER_INPUT', `"to" (${to}) is before "from" (${from}).`, { field: 'to' });
  if (days > MAX_LISTING_DAYS) throw new DomainError('BAD_USER_INPUT', `List at most ${MAX_LISTING_DAYS} days at a time.`, { field: 'to' });
  return range;
}

@Resolver(() => TrainingEvent)
export class TrainingEventResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Query(() => [TrainingEvent], { description: "An organisation's training events on dates from `from` to `to` (YYYY-MM-DD, inclusive)" })
  async trainingEvents(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrainingEvent[]> {
    const reach = await organisationReachOf(this.pool, requireUuid(organisationId, 'organisationId'));
    assertAllowed(canSeeTrainingOf(principal, reach), "see this organisation's training events");
    const range = validRange(from, to);
    return listTrainingEvents(this.pool, reach.organisationId, range.from, range.to);
  }

  @Query(() => TrainingEvent, { nullable: true })
  async trainingEvent(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<TrainingEvent | null> {
    const event = await findTrainingEvent(this.pool, requireUuid(id, 'id'));
    if (!event) return null;
    assertAllowed(canSeeTrainingOf(principal, await organisationReachOf(this.pool, event.organisationId)), 'see this training event');
    return event;
  }

  @Query(() => ExpectationsBooklet, { description: 'The pre-training booklet every learner acknowledges before the day' })
  expectationsBooklet(): ExpectationsBooklet {
    const { version, title, text, commitment } = EXPECTATIONS_BOOKLET;
    return { version, title, text, ...commitment };
  }

  @ResolveField(() => Enrolment, { nullable: true, description: "The caller's own place or place in line, if any" })
  myEnrolment(@Parent() event: TrainingEvent, @CurrentPrincipal() principal: Principal): Promise<Enrolment | null> {
    return findEnrolment(this.pool, event.id, principal.personId);
  }

  @ResolveField(() => [Enrolment], { description: 'Places, then the waiting list in order: for those who run the event' })
  async enrolments(@Parent() event: TrainingEvent, @CurrentPrincipal() principal: Principal): Promise<Enrolment[]> {
    assertAllowed(canRunTrainingFor(principal, await organisationReachOf(this.pool, event.organisationId)), "see who is enrolled on this training");
    return listEnrolments(this.pool, event.id);
  }

  @ResolveField(() => String, { description: 'An iCalendar (.ics) invitation for the day' })
  calendarInvite(@Parent() event: TrainingEvent): Promise<string> {
    return calendarInviteFor(this.pool, event);
  }

  @Mutation(() => TrainingEvent, { description: 'Programme leads and organisation admins schedule a date for a course' })
  scheduleTrainingEvent(@Args('input') input: ScheduleTrainingEventInput, @CurrentPrincipal() principal: Principal): Promise<TrainingEvent> {
    return this.commands.execute(new ScheduleTrainingEventCommand(input, principal));
  }

  @Mutation(() => TrainingEvent, { description: 'Cancels a training event; everyone enrolled or waiting loses their place' })
  cancelTrainingEvent(
    @Args('trainingEventId', { type: () => ID }) trainingEventId: string,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrainingEvent> {
    return this.commands.execute(new CancelTrainingEventCommand(trainingEventId, reason, principal));
  }

  @Mutation(() => Enrolment, { description: 'A place, or a place on the waiting list when the event is full' })
  enrol(
    @Args('trainingEventId', { type: () => ID }) trainingEventId: string,
    @Args('learnerId', { type: () => ID, nullable: true, description: 'Yourself when omitted; organisers may enrol others' }) learnerId: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Enrolment> {
    return this.commands.execute(new EnrolCommand(trainingEventId, learnerId ?? null, principal));
  }

  @Mutation(() => Enrolment, { description: 'Gives up a place (the first waiting is promoted) or leaves the waiting list' })
  cancelEnrolment(
    @Args('trainingEventId', { type: () => ID }) trainingEventId: string,
    @Args('learnerId', { type: () => ID, nullable: true, description: 'Yourself when omitted; organisers may cancel others' }) learnerId: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Enrolment> {
    return this.commands.execute(new CancelEnrolmentCommand(trainingEventId, learnerId ?? null, principal));
  }

  @Mutation(() => Enrolment, { description: 'You have read the pre-training booklet (give the version you read)' })
  acknowledgeExpectations(
    @Args('trainingEventId', { type: () => ID }) trainingEventId: string,
    @Args('bookletVersion') bookletVersion: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Enrolment> {
    return this.commands.execute(new AcknowledgeExpectationsCommand(trainingEventId, bookletVersion, principal));
  }

  @Mutation(() => Enrolment, { description: 'Takes the register from the day of the event; attended completes the course' })
  recordAttendance(
    @Args('trainingEventId', { type: () => ID }) trainingEventId: string,
    @Args('learnerId', { type: () => ID }) learnerId: string,
    @Args('attendance', { type: () => AttendanceType }) attendance: AttendanceType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Enrolment> {
    return this.commands.execute(new RecordAttendanceCommand(trainingEventId, learnerId, attendance, principal));
  }
}
