import { EXPECTATIONS_BOOKLET } from './booklet';
import type { ScheduleTrainingEvent } from './training-event.commands';
import type {
  AttendanceRecorded,
  ExpectationsAcknowledged,
  LearnerEnrolled,
  LearnerWaitlisted,
  TrainingCompleted,
  TrainingEventScheduled,
} from './training-event.events';

export const eventId = 'event-1';
/** Weeks before the training day. */
export const beforeTheDay = new Date('2025-05-01T09:00:00.000Z');
/** The training day, 12 June 2025, 09:30 to 16:30 London time (summer time, so 08:30 to 15:30 UTC). */
export const onTheDay = new Date('2025-06-12T16:00:00.000Z');
const at = beforeTheDay.toISOString();

/** A foundation day for two learners at the education centre. */
export function scheduleFoundationDay(overrides: Partial<ScheduleTrainingEvent> = {}): ScheduleTrainingEvent {
  return {
    type: 'ScheduleTrainingEvent',
    eventId,
    courseId: 'course-1',
    organisationId: 'org-1',
    date: '2025-06-12',
    startTime: '09:30',
    endTime: '16:30',
    venue: 'Education Centre, Room 2',
    onlineLink: null,
    facilitator: 'Dr Ruth Okafor',
    capacity: 2,
    scheduledBy: 'lead-1',
    now: new Date('2025-04-01T12:00:00.000Z'),
    facts: { course: 'offered' },
    ...overrides,
  };
}

export const foundationDayScheduled: TrainingEventScheduled = {
  type: 'TrainingEventScheduled',
  data: {
    eventId,
    courseId: 'course-1',
    organisationId: 'org-1',
    date: '2025-06-12',
    startTime: '09:30',
    endTime: '16:30',
    startsAt: '2025-06-12T08:30:00.000Z',
    endsAt: '2025-06-12T15:30:00.000Z',
    venue: 'Education Centre, Room 2',
    onlineLink: null,
    facilitator: 'Dr Ruth Okafor',
    capacity: 2,
    scheduledAt: '2025-04-01T12:00:00.000Z',
    scheduledBy: 'lead-1',
  },
};

export const enrolled = (learnerId: string): LearnerEnrolled => ({
  type: 'LearnerEnrolled',
  data: { eventId, learnerId, enrolledBy: learnerId, enrolledAt: at },
});

export const waitlisted = (learnerId: string, position: number): LearnerWaitlisted => ({
  type: 'LearnerWaitlisted',
  data: { eventId, learnerId, enrolledBy: learnerId, position, waitlistedAt: at },
});

export const acknowledged = (learnerId: string): ExpectationsAcknowledged => ({
  type: 'ExpectationsAcknowledged',
  data: { eventId, learnerId, bookletVersion: EXPECTATIONS_BOOKLET.version, acknowledgedAt: at },
});

export const attendance = (learnerId: string, value: 'attended' | 'absent'): AttendanceRecorded => ({
  type: 'AttendanceRecorded',
  data: { eventId, learnerId, attendance: value, recordedBy: 'lead-1', recordedAt: onTheDay.toISOString() },
});

export const completed = (learnerId: string): TrainingCompleted => ({
  type: 'TrainingCompleted',
  data: { eventId, learnerId, courseId: 'course-1', organisationId: 'org-1', completedOn: '2025-06-12' },
});
