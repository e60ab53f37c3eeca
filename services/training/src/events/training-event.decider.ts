import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, londonWallTimeToUtc, requireText, validDate } from '../common';
import { acknowledgeExpectations, cancelEnrolment, enrol, recordAttendance } from './enrolment.decide';
import type { CancelEvent, ScheduleTrainingEvent, TrainingEventCommand } from './training-event.commands';
import type { TrainingEventEvent } from './training-event.events';
import { requireNotStarted, requireScheduled } from './training-event.guards';
import { validCapacity, validPlace, validTime } from './training-event.rules';
import type { TrainingEventState } from './training-event.state';
import { evolveTrainingEvent, initialTrainingEventState } from './training-event.state';

function checkCourse(command: ScheduleTrainingEvent): void {
  switch (command.facts.course) {
    case 'unknown':
      throw new DomainError('NOT_FOUND', `Course ${command.courseId} does not exist.`, { field: 'courseId' });
    case 'retired':
      throw new DomainError('COURSE_RETIRED', 'This course has been retired; schedule one of the courses still offered.', { field: 'courseId' });
    case 'offered':
      return;
    default:
      return assertNever(command.facts.course);
  }
}

function schedule(command: ScheduleTrainingEvent, state: TrainingEventState): TrainingEventEvent[] {
  if (state.status !== 'absent') {
    throw new DomainError('TRAINING_EVENT_EXISTS', `Training event ${command.eventId} already exists.`, { eventId: command.eventId });
  }
  checkCourse(command);
  const date = validDate(command.date, 'Date');
  const startTime = validTime(command.startTime, 'Start time');
  const endTime = validTime(command.endTime, 'End time');
  if (endTime <= startTime) {
    throw new DomainError('BAD_USER_INPUT', `The training must end after it starts; ${endTime} is not after ${startTime}.`, { field: 'endTime' });
  }
  const startsAt = londonWallTimeToUtc(date, startTime);
  if (startsAt.getTime() <= command.now.getTime()) {
    throw new DomainError('EVENT_IN_PAST', `${date} at ${startTime} has already passed; schedule training in the future.`, { field: 'date' });
  }
  return [
    {
      type: 'TrainingEventScheduled',
      data: {
        eventId: command.eventId,
        courseId: command.courseId,
        organisationId: command.organisationId,
        date,
        startTime,
        endTime,
        startsAt: startsAt.toISOString(),
        endsAt: londonWallTimeToUtc(date, endTime).toISOString(),
        ...validPlace(command.venue, command.onlineLink),
        facilitator: requireText(command.facilitator, 'Facilitator', 120),
        capacity: validCapacity(command.capacity),
        scheduledAt: command.now.toISOString(),
        scheduledBy: command.scheduledBy,
      },
    },
  ];
}

/** Everyone's place ends, the waiting list included, so each can be told. */
function cancelEvent(command: CancelEvent, state: TrainingEventState): TrainingEventEvent[] {
  const { eventId, cancelledBy, now } = command;
  const { details, roll } = requireScheduled(state, eventId);
  requireNotStarted(details, now, eventId);
  const reason = requireText(command.reason, 'Reason for cancelling', 500);
  return [
    {
      type: 'TrainingEventCancelled',
      data: { eventId, reason, cancelledBy, cancelledAt: now.toISOString(), placesEnded: [...roll.enrolled, ...roll.waiting] },
    },
  ];
}

export function decideTrainingEvent(command: TrainingEventCommand, state: TrainingEventState): TrainingEventEvent[] {
  switch (command.type) {
    case 'ScheduleTrainingEvent':
      return schedule(command, state);
    case 'Enrol':
      return enrol(command, state);
    case 'CancelEnrolment':
      return cancelEnrolment(command, state);
    case 'AcknowledgeExpectations':
      return acknowledgeExpectations(command, state);
    case 'RecordAttendance':
      return recordAttendance(command, state);
    case 'CancelEvent':
      return cancelEvent(command, state);
    default:
      return assertNever(command);
  }
}

export const trainingEventDecider: Decider<TrainingEventCommand, TrainingEventEvent, TrainingEventState> = {
  decide: decideTrainingEvent,
  evolve: evolveTrainingEvent,
  initialState: initialTrainingEventState,
};
