import type { Queryable } from '@tapestry/eventsourcing';
import type { AttendanceType, Enrolment, EnrolmentStatusType, TrainingEvent, TrainingEventStatusType } from './training-event.graphql-types';

interface TrainingEventRow {
  event_id: string;
  course_id: string;
  course_title: string;
  organisation_id: string;
  date: string;
  start_time: string;
  end_time: string;
  starts_at: Date;
  ends_at: Date;
  venue: string | null;
  online_link: string | null;
  facilitator: string;
  capacity: number;
  places_taken: number;
  waiting: number;
  status: TrainingEventStatusType;
  cancel_reason: string | null;
  scheduled_at: Date;
  cancelled_at: Date | null;
}

const EVENT_SELECT = `
  SELECT e.event_id, e.course_id, c.title AS course_title, e.organisation_id, to_char(e.date, 'YYYY-MM-DD') AS date, e.start_time,
         e.end_time, e.starts_at, e.ends_at, e.venue, e.online_link, e.facilitator, e.capacity, e.places_taken, e.waiting,
         e.status, e.cancel_reason, e.scheduled_at, e.cancelled_at
    FROM training_events e JOIN courses c ON c.course_id = e.course_id`;

function trainingEventOf(row: TrainingEventRow): TrainingEvent {
  return {
    id: row.event_id,
    courseId: row.course_id,
    courseTitle: row.course_title,
    organisationId: row.organisation_id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    venue: row.venue,
    onlineLink: row.online_link,
    facilitator: row.facilitator,
    capacity: row.capacity,
    placesTaken: row.places_taken,
    placesLeft: Math.max(0, row.capacity - row.places_taken),
    waitingCount: row.waiting,
    status: row.status,
    cancelReason: row.cancel_reason,
    scheduledAt: row.scheduled_at.toISOString(),
    cancelledAt: row.cancelled_at ? row.cancelled_at.toISOString() : null,
  };
}

export async function findTrainingEvent(db: Queryable, eventId: string): Promise<TrainingEvent | null> {
  const { rows } = await db.query<TrainingEventRow>(`${EVENT_SELECT} WHERE e.event_id = $1`, [eventId]);
  return rows[0] ? trainingEventOf(rows[0]) : null;
}

/** The organisation's training events on London dates from `from` to `to` inclusive, earliest first. */
export async function listTrainingEvents(db: Queryable, organisationId: string, from: string, to: string): Promise<TrainingEvent[]> {
  const { rows } = await db.query<TrainingEventRow>(
    `${EVENT_SELECT} WHERE e.organisation_id = $1 AND e.date BETWEEN $2 AND $3 ORDER BY e.starts_at, e.event_id`,
    [organisationId, from, to],
  );
  return rows.map(trainingEventOf);
}

interface EnrolmentRow {
  event_id: string;
  learner_id: string;
  status: EnrolmentStatusType;
  waiting_position: string | null;
  acknowledged: boolean;
  attendance: AttendanceType | null;
  completed: boolean;
}

/** Waiting positions are counted, not stored: a cancellation ahead moves everyone behind up. */
const ENROLMENT_SELECT = `
  SELECT event_id, learner_id, status, acknowledged_booklet IS NOT NULL AS acknowledged, attendance, completed,
         CASE WHEN status = 'waiting'
              THEN (SELECT count(*) FROM enrolments ahead
                     WHERE ahead.event_id = en.event_id AND ahead.status = 'waiting' AND ahead.queued_at <= en.queued_at)
         END AS waiting_position
    FROM enrolments en`;

function enrolmentOf(row: EnrolmentRow): Enrolment {
  return {
    trainingEventId: row.event_id,
    learnerId: row.learner_id,
    status: row.status,
    waitingPosition: row.waiting_position === null ? null : Number(row.waiting_position),
    acknowledgedExpectations: row.acknowledged,
    attendance: row.attendance,
    completed: row.completed,
  };
}

export async function findEnrolment(db: Queryable, eventId: string, learnerId: string): Promise<Enrolment | null> {
  const { rows } = await db.query<EnrolmentRow>(`${ENROLMENT_SELECT} WHERE event_id = $1 AND learner_id = $2`, [eventId, learnerId]);
  return rows[0] ? enrolmentOf(rows[0]) : null;
}

/** Everyone holding a place (in the order they got it), then the waiting list in order; cancellations last. */
export async function listEnrolments(db: Queryable, eventId: string): Promise<Enrolment[]> {
  const { rows } = await db.query<EnrolmentRow>(
    `${ENROLMENT_SELECT} WHERE event_id = $1
      ORDER BY CASE status WHEN 'enrolled' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, queued_at, learner_id`,
    [eventId],
  );
  return rows.map(enrolmentOf);
}
