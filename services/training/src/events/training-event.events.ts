import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';

export const ATTENDANCES = ['attended', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export interface TrainingEventDetails {
  courseId: string;
  organisationId: string;
  /** London wall-clock date and `HH:MM` times, as the organiser planned them. */
  date: CalendarDate;
  startTime: string;
  endTime: string;
  /** The same times as UTC instants (ISO 8601), which every comparison with `now` uses. */
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineLink: string | null;
  facilitator: string;
  capacity: number;
  scheduledAt: string;
}

type EventFact<Type extends string, Data> = DomainEvent<Type, { eventId: string } & Data>;

export type TrainingEventScheduled = EventFact<'TrainingEventScheduled', TrainingEventDetails & { scheduledBy: string }>;
export type LearnerEnrolled = EventFact<'LearnerEnrolled', { learnerId: string; enrolledBy: string; enrolledAt: string }>;
/** `position` is 1 for the first in line when the event was full. */
export type LearnerWaitlisted = EventFact<'LearnerWaitlisted', { learnerId: string; enrolledBy: string; position: number; waitlistedAt: string }>;
export type EnrolmentCancelled = EventFact<
  'EnrolmentCancelled',
  { learnerId: string; cancelledBy: string; by: 'learner' | 'organiser'; fromWaitingList: boolean; cancelledAt: string }
>;
export type LearnerPromotedFromWaitingList = EventFact<'LearnerPromotedFromWaitingList', { learnerId: string; promotedAt: string }>;
export type ExpectationsAcknowledged = EventFact<'ExpectationsAcknowledged', { learnerId: string; bookletVersion: string; acknowledgedAt: string }>;
export type AttendanceRecorded = EventFact<'AttendanceRecorded', { learnerId: string; attendance: Attendance; recordedBy: string; recordedAt: string }>;
/** Recorded with an attendance: the fact eligibility and the coach's training record are built from. */
export type TrainingCompleted = EventFact<
  'TrainingCompleted',
  { learnerId: string; courseId: string; organisationId: string; completedOn: CalendarDate }
>;
/** `placesEnded`: everyone enrolled, then everyone waiting, in order. */
export type TrainingEventCancelled = EventFact<
  'TrainingEventCancelled',
  { reason: string; cancelledBy: string; cancelledAt: string; placesEnded: string[] }
>;

export type TrainingEventEvent =
  | TrainingEventScheduled
  | LearnerEnrolled
  | LearnerWaitlisted
  | EnrolmentCancelled
  | LearnerPromotedFromWaitingList
  | ExpectationsAcknowledged
  | AttendanceRecorded
  | TrainingCompleted
  | TrainingEventCancelled;
