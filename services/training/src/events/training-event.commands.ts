/** What the handler knows about the course before deciding: unknown, still offered, or retired. */
export type CourseStatusFact = 'unknown' | 'offered' | 'retired';

/** Times are London wall-clock `HH:MM` on `date`; the decider works out the UTC instants. */
export interface ScheduleTrainingEvent {
  type: 'ScheduleTrainingEvent';
  eventId: string;
  courseId: string;
  organisationId: string;
  date: string;
  startTime: string;
  endTime: string;
  venue?: string | null;
  onlineLink?: string | null;
  facilitator: string;
  capacity: number;
  scheduledBy: string;
  now: Date;
  facts: { course: CourseStatusFact };
}

export interface Enrol {
  type: 'Enrol';
  eventId: string;
  learnerId: string;
  enrolledBy: string;
  now: Date;
}

/** By the learner when `cancelledBy` is the learner, otherwise by an organiser (authorised at the edge). */
export interface CancelEnrolment {
  type: 'CancelEnrolment';
  eventId: string;
  learnerId: string;
  cancelledBy: string;
  now: Date;
}

export interface AcknowledgeExpectations {
  type: 'AcknowledgeExpectations';
  eventId: string;
  learnerId: string;
  /** The booklet version the learner was shown. */
  bookletVersion: string;
  now: Date;
}

export interface RecordAttendance {
  type: 'RecordAttendance';
  eventId: string;
  learnerId: string;
  attendance: string;
  recordedBy: string;
  now: Date;
}

export interface CancelEvent {
  type: 'CancelEvent';
  eventId: string;
  reason: string;
  cancelledBy: string;
  now: Date;
}

export type TrainingEventCommand = ScheduleTrainingEvent | Enrol | CancelEnrolment | AcknowledgeExpectations | RecordAttendance | CancelEvent;
