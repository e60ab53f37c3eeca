import { metadataFor } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { handleCommand, type EventStore } from '@tapestry/eventsourcing';
import { COURSE_STREAM_TYPE, courseStatusOf, courseStream } from '../catalogue/course.handlers';
import { courseDecider } from '../catalogue';
import { addDays, londonWallTimeToUtc, type CalendarDate } from '../common';
import { EXPECTATIONS_BOOKLET } from '../events';
import { runTrainingEventCommand } from '../events/training-event-writes';
import type { TrainingStore } from '../infrastructure/training-store';

export interface CourseDefinition {
  title: string;
  kind: string;
  modules: readonly string[];
  qualifies: readonly { programme: string; role: string }[];
  cpdHours: number;
  validityMonths: number;
}

/** Adds a course to the organisation's catalogue as `createdBy` did at `now`, through the course decider. */
export async function createCourseAt(store: TrainingStore, course: CourseDefinition, organisationId: string, createdBy: string, now: Date): Promise<string> {
  const courseId = randomUUID();
  const command = { type: 'CreateCourse', courseId, organisationId, ...course, createdBy, now } as const;
  await store.transact((events) => handleCommand(events, courseDecider, courseStream(courseId), COURSE_STREAM_TYPE, command, metadataFor(createdBy, organisationId)));
  return courseId;
}

export interface TrainingDay {
  courseId: string;
  organisationId: string;
  date: CalendarDate;
  organiserId: string;
  venue: string;
  facilitator: string;
  capacity: number;
}

/** Schedules a 09:00 to 16:30 day of the course as the organiser did at `now`. */
async function scheduleIn(events: EventStore, client: PoolClient, day: TrainingDay, eventId: string, now: Date): Promise<void> {
  const schedule = {
    type: 'ScheduleTrainingEvent',
    eventId,
    courseId: day.courseId,
    organisationId: day.organisationId,
    date: day.date,
    startTime: '09:00',
    endTime: '16:30',
    venue: day.venue,
    facilitator: day.facilitator,
    capacity: day.capacity,
    scheduledBy: day.organiserId,
    now,
    facts: { course: await courseStatusOf(events, day.courseId) },
  } as const;
  await runTrainingEventCommand(events, client, schedule, metadataFor(day.organiserId, day.organisationId));
}

/** A training day to come, open for enrolment. */
export async function scheduleTrainingDay(store: TrainingStore, day: TrainingDay, now: Date): Promise<string> {
  const eventId = randomUUID();
  await store.transact((events, client) => scheduleIn(events, client, day, eventId, now));
  return eventId;
}

export interface PastTrainingDay extends Omit<TrainingDay, 'capacity'> {
  learnerIds: readonly string[];
}

/**
 * A training day that has already happened, replayed through the training-event decider at the times each step
 * would have taken place (scheduled a month before, enrolled, booklet acknowledged, register taken on the day), so
 * every learner's completion reaches the training records exactly as a live day's would.
 */
export async function holdPastTrainingDay(store: TrainingStore, day: PastTrainingDay): Promise<string> {
  const { organisationId, date, organiserId, learnerIds } = day;
  const eventId = randomUUID();
  const at = (daysBefore: number): Date => londonWallTimeToUtc(addDays(date, -daysBefore), '09:00');
  const organiser = metadataFor(organiserId, organisationId);
  await store.transact(async (events, client) => {
    await scheduleIn(events, client, { ...day, capacity: Math.max(learnerIds.length, 16) }, eventId, at(30));
    for (const learnerId of learnerIds) {
      const learner = metadataFor(learnerId, organisationId);
      await runTrainingEventCommand(events, client, { type: 'Enrol', eventId, learnerId, enrolledBy: learnerId, now: at(25) }, learner);
      const acknowledge = { type: 'AcknowledgeExpectations', eventId, learnerId, bookletVersion: EXPECTATIONS_BOOKLET.version, now: at(10) } as const;
      await runTrainingEventCommand(events, client, acknowledge, learner);
    }
    const registerTaken = londonWallTimeToUtc(date, '17:00');
    for (const learnerId of learnerIds) {
      const attended = { type: 'RecordAttendance', eventId, learnerId, attendance: 'attended', recordedBy: organiserId, now: registerTaken } as const;
      await runTrainingEventCommand(events, client, attended, organiser);
    }
  });
  return eventId;
}
