import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { TrainingEventEvent } from './training-event.events';

async function recount(client: PoolClient, eventId: string): Promise<void> {
  await client.query(
    `UPDATE training_events SET
       places_taken = (SELECT count(*) FROM enrolments WHERE event_id = $1 AND status = 'enrolled'),
       waiting = (SELECT count(*) FROM enrolments WHERE event_id = $1 AND status = 'waiting')
     WHERE event_id = $1`,
    [eventId],
  );
}

async function setEnrolment(client: PoolClient, eventId: string, learnerId: string, assignments: string, values: unknown[]): Promise<void> {
  await client.query(`UPDATE enrolments SET ${assignments} WHERE event_id = $1 AND learner_id = $2`, [eventId, learnerId, ...values]);
}

/**
 * Training events with their places taken and waiting list, and each learner's enrolment. The waiting list's order is
 * the order the waiting events were stored in (`queued_at`, their global position), so it survives a rebuild.
 */
export const trainingEventProjection: ReadModelProjection = {
  name: 'training.events',
  handles: [
    'TrainingEventScheduled',
    'LearnerEnrolled',
    'LearnerWaitlisted',
    'EnrolmentCancelled',
    'LearnerPromotedFromWaitingList',
    'ExpectationsAcknowledged',
    'AttendanceRecorded',
    'TrainingCompleted',
    'TrainingEventCancelled',
  ],
  schema: `
    CREATE TABLE IF NOT EXISTS training_events (
      event_id uuid PRIMARY KEY, course_id uuid NOT NULL, organisation_id uuid NOT NULL, date date NOT NULL,
      start_time text NOT NULL, end_time text NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,
      venue text, online_link text, facilitator text NOT NULL, capacity integer NOT NULL,
      places_taken integer NOT NULL DEFAULT 0, waiting integer NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'scheduled', cancelled_at timestamptz, cancel_reason text, scheduled_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS training_events_by_organisation ON training_events (organisation_id, starts_at);
    CREATE TABLE IF NOT EXISTS enrolments (
      event_id uuid NOT NULL, learner_id uuid NOT NULL, status text NOT NULL, queued_at bigint NOT NULL,
      enrolled_at timestamptz NOT NULL, acknowledged_booklet text, acknowledged_at timestamptz,
      attendance text, completed boolean NOT NULL DEFAULT false, ended_at timestamptz,
      PRIMARY KEY (event_id, learner_id));
    CREATE INDEX IF NOT EXISTS enrolments_by_learner ON enrolments (learner_id);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as TrainingEventEvent;
    switch (event.type) {
      case 'TrainingEventScheduled': {
        const e = event.data;
        await client.query(
          `INSERT INTO training_events (event_id, course_id, organisation_id, date, start_time, end_time, starts_at, ends_at,
             venue, online_link, facilitator, capacity, scheduled_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (event_id) DO NOTHING`,
          [e.eventId, e.courseId, e.organisationId, e.date, e.startTime, e.endTime, e.startsAt, e.endsAt, e.venue, e.onlineLink, e.facilitator,
            e.capacity, e.scheduledAt],
        );
        return;
      }
      case 'LearnerEnrolled':
      case 'LearnerWaitlisted': {
        const { eventId, learnerId } = event.data;
        const status = event.type === 'LearnerEnrolled' ? 'enrolled' : 'waiting';
        const at = event.type === 'LearnerEnrolled' ? event.data.enrolledAt : event.data.waitlistedAt;
        // A learner who cancelled may enrol again: their row starts afresh.
        await client.query(
          `INSERT INTO enrolments (event_id, learner_id, status, queued_at, enrolled_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (event_id, learner_id) DO UPDATE SET status = EXCLUDED.status, queued_at = EXCLUDED.queued_at,
             enrolled_at = EXCLUDED.enrolled_at, acknowledged_booklet = NULL, acknowledged_at = NULL, attendance = NULL,
             completed = false, ended_at = NULL`,
          [eventId, learnerId, status, recorded.globalPosition.toString(), at],
        );
        await recount(client, eventId);
        return;
      }
      case 'EnrolmentCancelled':
        await setEnrolment(client, event.data.eventId, event.data.learnerId, "status = 'cancelled', ended_at = $3", [event.data.cancelledAt]);
        await recount(client, event.data.eventId);
        return;
      case 'LearnerPromotedFromWaitingList':
        await setEnrolment(client, event.data.eventId, event.data.learnerId, "status = 'enrolled'", []);
        await recount(client, event.data.eventId);
        return;
      case 'ExpectationsAcknowledged':
        await setEnrolment(client, event.data.eventId, event.data.learnerId, 'acknowledged_booklet = $3, acknowledged_at = $4', [
          event.data.bookletVersion,
          event.data.acknowledgedAt,
        ]);
        return;
      case 'AttendanceRecorded':
        await setEnrolment(client, event.data.eventId, event.data.learnerId, 'attendance = $3', [event.data.attendance]);
        return;
      case 'TrainingCompleted':
        await setEnrolment(client, event.data.eventId, event.data.learnerId, 'completed = true', []);
        return;
      case 'TrainingEventCancelled':
        await client.query("UPDATE training_events SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3 WHERE event_id = $1", [
          event.data.eventId,
          event.data.cancelledAt,
          event.data.reason,
        ]);
        await client.query(
          "UPDATE enrolments SET status = 'cancelled', ended_at = $2 WHERE event_id = $1 AND status IN ('enrolled', 'waiting')",
          [event.data.eventId, event.data.cancelledAt],
        );
        await recount(client, event.data.eventId);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE training_events, enrolments');
  },
};
