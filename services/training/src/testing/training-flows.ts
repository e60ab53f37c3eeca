import type { Principal } from '@tapestry/auth';
import { EXPECTATIONS_BOOKLET } from '../events/booklet';
import { dataOf } from '@tapestry/testing';
import type { TrainingTestApp } from './training-test-app';

export const COURSE_FIELDS = 'id organisationId title kind modules qualifies { programme role } cpdHours validityMonths status';
export const EVENT_FIELDS =
  'id courseId courseTitle organisationId date startTime endTime startsAt endsAt venue onlineLink facilitator capacity placesTaken placesLeft waitingCount status cancelReason';
export const ENROLMENT_FIELDS = 'trainingEventId learnerId status waitingPosition acknowledgedExpectations attendance completed';

export interface CourseReply {
  id: string;
  organisationId: string;
  title: string;
  qualifies: { programme: string; role: string }[];
  cpdHours: number;
  validityMonths: number;
  status: string;
}

export interface TrainingEventReply {
  id: string;
  date: string;
  capacity: number;
  placesTaken: number;
  placesLeft: number;
  waitingCount: number;
  status: string;
}

export interface EnrolmentReply {
  trainingEventId: string;
  learnerId: string;
  status: 'ENROLLED' | 'WAITING' | 'CANCELLED';
  waitingPosition: number | null;
  acknowledgedExpectations: boolean;
  attendance: 'ATTENDED' | 'ABSENT' | null;
  completed: boolean;
}

export const CREATE_COURSE = `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE_FIELDS} } }`;
export const SCHEDULE = `mutation ($input: ScheduleTrainingEventInput!) { scheduleTrainingEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const ENROL = `mutation ($id: ID!, $learnerId: ID) { enrol(trainingEventId: $id, learnerId: $learnerId) { ${ENROLMENT_FIELDS} } }`;
export const CANCEL_ENROLMENT = `mutation ($id: ID!, $learnerId: ID) { cancelEnrolment(trainingEventId: $id, learnerId: $learnerId) { ${ENROLMENT_FIELDS} } }`;
export const ACKNOWLEDGE = `mutation ($id: ID!, $version: String!) { acknowledgeExpectations(trainingEventId: $id, bookletVersion: $version) { ${ENROLMENT_FIELDS} } }`;
export const RECORD_ATTENDANCE = `mutation ($id: ID!, $learnerId: ID!, $attendance: Attendance!) {
  recordAttendance(trainingEventId: $id, learnerId: $learnerId, attendance: $attendance) { ${ENROLMENT_FIELDS} } }`;
export const CANCEL_EVENT = `mutation ($id: ID!, $reason: String!) { cancelTrainingEvent(trainingEventId: $id, reason: $reason) { ${EVENT_FIELDS} } }`;

/** A foundation course qualifying for general coaching and mentoring, unless `input` says otherwise. */
export async function createCourse(app: TrainingTestApp, organiser: Principal, input: Record<string, unknown> = {}): Promise<CourseReply> {
  const reply = await app.graphql<{ createCourse: CourseReply }>(
    CREATE_COURSE,
    {
      input: {
        organisationId: organiser.organisationId,
        title: 'Foundation coaching and mentoring day',
        kind: 'FOUNDATION',
        modules: ['Active listening', 'The GROW model'],
        qualifies: [
          { programme: 'GENERAL', role: 'COACH' },
          { programme: 'GENERAL', role: 'MENTOR' },
        ],
        cpdHours: 6.5,
        validityMonths: 36,
        ...input,
      },
    },
    organiser,
  );
  return dataOf(reply).createCourse;
}

/** The London date `days` after the clock's now. */
export function daysAhead(app: TrainingTestApp, days: number): string {
  return new Date(app.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day of training 30 days ahead of the test clock, 09:30 to 16:30, for 20 learners unless `input` says otherwise. */
export async function scheduleEvent(
  app: TrainingTestApp,
  organiser: Principal,
  courseId: string,
  input: Record<string, unknown> = {},
): Promise<TrainingEventReply> {
  const reply = await app.graphql<{ scheduleTrainingEvent: TrainingEventReply }>(
    SCHEDULE,
    {
      input: {
        courseId,
        date: daysAhead(app, 30),
        startTime: '09:30',
        endTime: '16:30',
        venue: 'Education Centre, Room 2',
        facilitator: 'Dr Priya Raman',
        capacity: 20,
        ...input,
      },
    },
    organiser,
  );
  return dataOf(reply).scheduleTrainingEvent;
}

/** Moves the test clock to 17:00 UTC on the event's day, when the register is taken. */
export function moveToEventDay(app: TrainingTestApp, event: Pick<TrainingEventReply, 'date'>): void {
  app.clock.set(`${event.date}T17:00:00.000Z`);
}

/**
 * The whole path to a completed course through the API: `organiser` schedules a day of `courseId`, `learner` enrols and
 * acknowledges the booklet, the clock moves to the day and the organiser marks them attended. The clock is left on the
 * event's day. Other features' tests use it to give someone a training record.
 */
export async function completeCourse(app: TrainingTestApp, organiser: Principal, learner: Principal, courseId: string): Promise<TrainingEventReply> {
  const event = await scheduleEvent(app, organiser, courseId);
  dataOf(await app.graphql(ENROL, { id: event.id }, learner));
  dataOf(await app.graphql(ACKNOWLEDGE, { id: event.id, version: EXPECTATIONS_BOOKLET.version }, learner));
  moveToEventDay(app, event);
  dataOf(await app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: learner.personId, attendance: 'ATTENDED' }, organiser));
  return event;
}

/** How many events the store holds: "nothing written" is this number unchanged. */
export async function eventCount(app: TrainingTestApp): Promise<number> {
  const { rows } = await app.pool.query<{ count: string }>('SELECT count(*) FROM events');
  return Number(rows[0].count);
}
