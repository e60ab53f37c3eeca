import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, isSelf, type Principal } from '@tapestry/auth';
import { DomainError, foldStream } from '@tapestry/eventsourcing';
import { canRunTrainingFor, mayLearnAt } from '../access/training-access';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { courseDecider } from '../catalogue';
import { courseStatusOf, courseStream } from '../catalogue/course.handlers';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { refreshEligibility } from '../eligibility/recompute-eligibility';
import type { AttendanceType, Enrolment, ScheduleTrainingEventInput, TrainingEvent } from './training-event.graphql-types';
import { findEnrolment, findTrainingEvent } from './training-event.queries';
import { loadTrainingEvent, runTrainingEventCommand } from './training-event-writes';
import type { TrainingEventCommand } from './training-event.commands';
import { learnerFacts } from './learner.queries';

export class ScheduleTrainingEventCommand extends Command<TrainingEvent> {
  constructor(readonly input: ScheduleTrainingEventInput, readonly principal: Principal) {
    super();
  }
}

export class CancelTrainingEventCommand extends Command<TrainingEvent> {
  constructor(readonly eventId: string, readonly reason: string, readonly principal: Principal) {
    super();
  }
}

/** `learnerId` null: the caller enrols themself. */
export class EnrolCommand extends Command<Enrolment> {
  constructor(readonly eventId: string, readonly learnerId: string | null, readonly principal: Principal) {
    super();
  }
}

export class CancelEnrolmentCommand extends Command<Enrolment> {
  constructor(readonly eventId: string, readonly learnerId: string | null, readonly principal: Principal) {
    super();
  }
}

export class AcknowledgeExpectationsCommand extends Command<Enrolment> {
  constructor(readonly eventId: string, readonly bookletVersion: string, readonly principal: Principal) {
    super();
  }
}

export class RecordAttendanceCommand extends Command<Enrolment> {
  constructor(readonly eventId: string, readonly learnerId: string, readonly attendance: AttendanceType, readonly principal: Principal) {
    super();
  }
}

/** The event's organisation, from its stream; NOT_FOUND when there is no such event. */
async function organisationOfEvent(store: TrainingStore, eventId: string): Promise<string> {
  const state = await loadTrainingEvent(store.events, eventId);
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', `Training event ${eventId} does not exist.`, { eventId });
  return state.details.organisationId;
}

async function requireOrganiser(store: TrainingStore, principal: Principal, organisationId: string, action: string): Promise<void> {
  assertAllowed(canRunTrainingFor(principal, await organisationReachOf(store.pool, organisationId)), action);
}

/** Decides `command` for the event in one transaction and answers with the learner's enrolment as it now reads. */
async function runForLearner(store: TrainingStore, command: TrainingEventCommand & { learnerId: string }, principal: Principal, organisationId: string) {
  await store.transact((events, client) => runTrainingEventCommand(events, client, command, metadataFor(principal, organisationId)));
  const enrolment = await findEnrolment(store.pool, command.eventId, command.learnerId);
  if (!enrolment) throw new Error(`Enrolment of ${command.learnerId} on ${command.eventId} was written but is not in the read model`);
  return enrolment;
}

@CommandHandler(ScheduleTrainingEventCommand)
export class ScheduleTrainingEventHandler implements ICommandHandler<ScheduleTrainingEventCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ input, principal }: ScheduleTrainingEventCommand): Promise<TrainingEvent> {
    const courseId = requireUuid(input.courseId, 'courseId');
    const { state: course } = foldStream(courseDecider, await this.store.events.readStream(courseStream(courseId)));
    if (course.status === 'absent') throw new DomainError('NOT_FOUND', `Course ${courseId} does not exist.`, { field: 'courseId' });
    const { organisationId } = course.course;
    await requireOrganiser(this.store, principal, organisationId, "schedule training for this organisation's courses");
    const eventId = randomUUID();
    await this.store.transact(async (events, client) => {
      const command = {
        type: 'ScheduleTrainingEvent',
        eventId,
        courseId,
        organisationId,
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        venue: input.venue ?? null,
        onlineLink: input.onlineLink ?? null,
        facilitator: input.facilitator,
        capacity: input.capacity,
        scheduledBy: principal.personId,
        now: this.clock.now(),
        facts: { course: await courseStatusOf(events, courseId) },
      } as const;
      return runTrainingEventCommand(events, client, command, metadataFor(principal, organisationId));
    });
    return (await findTrainingEvent(this.store.pool, eventId)) as TrainingEvent;
  }
}

@CommandHandler(CancelTrainingEventCommand)
export class CancelTrainingEventHandler implements ICommandHandler<CancelTrainingEventCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ eventId, reason, principal }: CancelTrainingEventCommand): Promise<TrainingEvent> {
    const id = requireUuid(eventId, 'trainingEventId');
    const organisationId = await organisationOfEvent(this.store, id);
    await requireOrganiser(this.store, principal, organisationId, "cancel this organisation's training events");
    const command = { type: 'CancelEvent', eventId: id, reason, cancelledBy: principal.personId, now: this.clock.now() } as const;
    await this.store.transact((events, client) => runTrainingEventCommand(events, client, command, metadataFor(principal, organisationId)));
    return (await findTrainingEvent(this.store.pool, id)) as TrainingEvent;
  }
}

@CommandHandler(EnrolCommand)
export class EnrolHandler implements ICommandHandler<EnrolCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ eventId, learnerId, principal }: EnrolCommand): Promise<Enrolment> {
    const id = requireUuid(eventId, 'trainingEventId');
    const learner = learnerId === null ? principal.personId : requireUuid(learnerId, 'learnerId');
    const organisationId = await organisationOfEvent(this.store, id);
    const eventReach = await organisationReachOf(this.store.pool, organisationId);
    if (!isSelf(principal, learner)) assertAllowed(canRunTrainingFor(principal, eventReach), 'enrol someone else; learners enrol themselves');
    const facts = await learnerFacts(this.store.pool, learner);
    if (!facts) throw new DomainError('NOT_FOUND', `Person ${learner} is not known to training yet; try again in a moment.`, { field: 'learnerId' });
    if (facts.status === 'left') throw new DomainError('PERSON_LEFT', 'This person has left their organisation and cannot enrol.', { field: 'learnerId' });
    assertAllowed(mayLearnAt(facts, eventReach), "enrol on another organisation's training that no consortium shares with yours");
    const command = { type: 'Enrol', eventId: id, learnerId: learner, enrolledBy: principal.personId, now: this.clock.now() } as const;
    return runForLearner(this.store, command, principal, organisationId);
  }
}

@CommandHandler(CancelEnrolmentCommand)
export class CancelEnrolmentHandler implements ICommandHandler<CancelEnrolmentCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ eventId, learnerId, principal }: CancelEnrolmentCommand): Promise<Enrolment> {
    const id = requireUuid(eventId, 'trainingEventId');
    const learner = learnerId === null ? principal.personId : requireUuid(learnerId, 'learnerId');
    const organisationId = await organisationOfEvent(this.store, id);
    if (!isSelf(principal, learner)) await requireOrganiser(this.store, principal, organisationId, "cancel someone else's place");
    const command = { type: 'CancelEnrolment', eventId: id, learnerId: learner, cancelledBy: principal.personId, now: this.clock.now() } as const;
    return runForLearner(this.store, command, principal, organisationId);
  }
}

@CommandHandler(AcknowledgeExpectationsCommand)
export class AcknowledgeExpectationsHandler implements ICommandHandler<AcknowledgeExpectationsCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  /** Only the learner can say they read the booklet, so there is no one to act for. */
  async execute({ eventId, bookletVersion, principal }: AcknowledgeExpectationsCommand): Promise<Enrolment> {
    const id = requireUuid(eventId, 'trainingEventId');
    const organisationId = await organisationOfEvent(this.store, id);
    const command = { type: 'AcknowledgeExpectations', eventId: id, learnerId: principal.personId, bookletVersion, now: this.clock.now() } as const;
    return runForLearner(this.store, command, principal, organisationId);
  }
}

@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ eventId, learnerId, attendance, principal }: RecordAttendanceCommand): Promise<Enrolment> {
    const id = requireUuid(eventId, 'trainingEventId');
    const learner = requireUuid(learnerId, 'learnerId');
    const organisationId = await organisationOfEvent(this.store, id);
    await requireOrganiser(this.store, principal, organisationId, "take the register for this organisation's training");
    const now = this.clock.now();
    const command = { type: 'RecordAttendance', eventId: id, learnerId: learner, attendance, recordedBy: principal.personId, now } as const;
    const enrolment = await runForLearner(this.store, command, principal, organisationId);
    // A completion can make the learner eligible; the read models already show it, so recompute now, not at the next sweep.
    await refreshEligibility(this.store, learner, now, metadataFor(principal, organisationId));
    return enrolment;
  }
}
