import { DomainError } from '@tapestry/eventsourcing';
import { londonDateOf } from '../common';
import { EXPECTATIONS_BOOKLET } from './booklet';
import type { AcknowledgeExpectations, CancelEnrolment, Enrol, RecordAttendance } from './training-event.commands';
import type { Attendance, TrainingEventEvent } from './training-event.events';
import { ATTENDANCES } from './training-event.events';
import { requireNotStarted, requireScheduled } from './training-event.guards';
import type { TrainingEventState } from './training-event.state';
import { placesLeft } from './training-event.state';

export function enrol(command: Enrol, state: TrainingEventState): TrainingEventEvent[] {
  const { eventId, learnerId, enrolledBy, now } = command;
  const { details, roll } = requireScheduled(state, eventId);
  requireNotStarted(details, now, eventId);
  if (roll.enrolled.includes(learnerId)) {
    throw new DomainError('ALREADY_ENROLLED', 'This learner already has a place on this training event.', { eventId, learnerId });
  }
  if (roll.waiting.includes(learnerId)) {
    throw new DomainError('ALREADY_ENROLLED', 'This learner is already on the waiting list for this training event.', { eventId, learnerId });
  }
  const at = now.toISOString();
  if (placesLeft(details, roll) > 0) return [{ type: 'LearnerEnrolled', data: { eventId, learnerId, enrolledBy, enrolledAt: at } }];
  return [{ type: 'LearnerWaitlisted', data: { eventId, learnerId, enrolledBy, position: roll.waiting.length + 1, waitlistedAt: at } }];
}

/** A place given up goes to the first on the waiting list; leaving the waiting list frees no place. */
export function cancelEnrolment(command: CancelEnrolment, state: TrainingEventState): TrainingEventEvent[] {
  const { eventId, learnerId, cancelledBy, now } = command;
  const { details, roll } = requireScheduled(state, eventId);
  const holdsPlace = roll.enrolled.includes(learnerId);
  if (!holdsPlace && !roll.waiting.includes(learnerId)) {
    throw new DomainError('NOT_ENROLLED', 'This learner is neither enrolled nor waiting for this training event.', { eventId, learnerId });
  }
  requireNotStarted(details, now, eventId);
  const at = now.toISOString();
  const by = cancelledBy === learnerId ? 'learner' : 'organiser';
  const events: TrainingEventEvent[] = [
    { type: 'EnrolmentCancelled', data: { eventId, learnerId, cancelledBy, by, fromWaitingList: !holdsPlace, cancelledAt: at } },
  ];
  const next = roll.waiting[0];
  if (holdsPlace && next !== undefined) events.push({ type: 'LearnerPromotedFromWaitingList', data: { eventId, learnerId: next, promotedAt: at } });
  return events;
}

/** Those waiting may read and acknowledge too, so a late promotion leaves them ready for the day. */
export function acknowledgeExpectations(command: AcknowledgeExpectations, state: TrainingEventState): TrainingEventEvent[] {
  const { eventId, learnerId, bookletVersion, now } = command;
  const { details, roll } = requireScheduled(state, eventId);
  if (!roll.enrolled.includes(learnerId) && !roll.waiting.includes(learnerId)) {
    throw new DomainError('NOT_ENROLLED', 'Only a learner enrolled on this training event can acknowledge its expectations.', { eventId, learnerId });
  }
  requireNotStarted(details, now, eventId);
  if (bookletVersion !== EXPECTATIONS_BOOKLET.version) {
    throw new DomainError('BAD_USER_INPUT', `The booklet has changed (now version ${EXPECTATIONS_BOOKLET.version}); read the current one and acknowledge it.`, {
      field: 'bookletVersion',
    });
  }
  if (roll.acknowledged.includes(learnerId)) return [];
  return [{ type: 'ExpectationsAcknowledged', data: { eventId, learnerId, bookletVersion, acknowledgedAt: now.toISOString() } }];
}

function validAttendance(value: string): Attendance {
  const attendance = ATTENDANCES.find((known) => known === value);
  if (!attendance) {
    throw new DomainError('BAD_USER_INPUT', `Attendance must be one of ${ATTENDANCES.join(', ')}, got "${value}".`, { field: 'attendance' });
  }
  return attendance;
}

/**
 * From the day of the event, the register is taken. A learner marked absent by mistake can be marked as attended;
 * a completion, once recorded, stands.
 */
export function recordAttendance(command: RecordAttendance, state: TrainingEventState): TrainingEventEvent[] {
  const { eventId, learnerId, recordedBy, now } = command;
  const attendance = validAttendance(command.attendance);
  const { details, roll } = requireScheduled(state, eventId);
  if (londonDateOf(now) < details.date) {
    throw new DomainError('EVENT_NOT_STARTED', `Attendance can be recorded from ${details.date}, the day of the training.`, { eventId });
  }
  if (!roll.enrolled.includes(learnerId)) {
    throw new DomainError('NOT_ENROLLED', 'This learner has no place on this training event.', { eventId, learnerId });
  }
  const recorded = roll.attendance[learnerId];
  if (recorded === attendance) return [];
  if (recorded === 'attended') {
    throw new DomainError('ALREADY_COMPLETED', 'This learner has already completed this training; a completion cannot be undone.', { eventId, learnerId });
  }
  const attendanceRecorded: TrainingEventEvent = {
    type: 'AttendanceRecorded',
    data: { eventId, learnerId, attendance, recordedBy, recordedAt: now.toISOString() },
  };
  if (attendance === 'absent') return [attendanceRecorded];
  if (!roll.acknowledged.includes(learnerId)) {
    throw new DomainError('EXPECTATIONS_NOT_ACKNOWLEDGED', 'This learner has not acknowledged the pre-training booklet, so cannot complete the training.', {
      eventId,
      learnerId,
    });
  }
  const { courseId, organisationId, date } = details;
  return [attendanceRecorded, { type: 'TrainingCompleted', data: { eventId, learnerId, courseId, organisationId, completedOn: date } }];
}
