import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { RelationshipEvent, Side } from './relationship.events';

/**
 * Relationships, their sessions, cancellations, closing feedback and follow-ups. Also keeps coaches' responsiveness:
 * the first time a coach acts on an introduction, how long it took is added to their average.
 */
export const relationshipProjection: ReadModelProjection = {
  name: 'matching.relationships',
  handles: [
    'RelationshipIntroduced',
    'ChemistryMeetingHeld',
    'RelationshipConfirmed',
    'RelationshipActivated',
    'RelationshipDeclined',
    'SessionLogged',
    'SessionCancelled',
    'SixMonthCheckDue',
    'RelationshipExtended',
    'RelationshipClosed',
    'ClosingFeedbackGiven',
    'FollowUpSent',
    'FollowUpEscalated',
  ],
  schema: `
    CREATE TABLE IF NOT EXISTS relationships (
      relationship_id uuid PRIMARY KEY, request_id uuid NOT NULL, round_id uuid NOT NULL, programme text NOT NULL, kind text NOT NULL,
      coach_id uuid NOT NULL, coach_organisation_id uuid NOT NULL, coachee_id uuid NOT NULL, coachee_organisation_id uuid NOT NULL,
      status text NOT NULL, requested_at timestamptz NOT NULL, introduced_at timestamptz NOT NULL, chemistry_meeting_at timestamptz NOT NULL,
      approved_by uuid NOT NULL, score double precision NOT NULL, reasons jsonb NOT NULL,
      crosses_directorate boolean NOT NULL, crosses_staff_group boolean NOT NULL, crosses_organisation boolean NOT NULL,
      chemistry_held_on date, confirmed_by jsonb NOT NULL DEFAULT '[]', coach_answered_at timestamptz,
      active_from date, review_due_on date, six_month_check_due boolean NOT NULL DEFAULT false, extended_to date,
      closed_on date, closure_reason text, closure_outcome text, declined_by text,
      sessions_held int NOT NULL DEFAULT 0, minutes_held int NOT NULL DEFAULT 0, last_session_on date, cancellations int NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS relationships_by_coach ON relationships (coach_id);
    CREATE INDEX IF NOT EXISTS relationships_by_coachee ON relationships (coachee_id);
    CREATE INDEX IF NOT EXISTS relationships_by_organisation ON relationships (coachee_organisation_id, status);
    CREATE TABLE IF NOT EXISTS relationship_sessions (
      session_id uuid PRIMARY KEY, relationship_id uuid NOT NULL, held_on date NOT NULL, minutes int NOT NULL, grow_stage text, logged_by uuid NOT NULL);
    CREATE INDEX IF NOT EXISTS relationship_sessions_by_relationship ON relationship_sessions (relationship_id, held_on);
    CREATE TABLE IF NOT EXISTS session_cancellations (
      session_id uuid PRIMARY KEY, relationship_id uuid NOT NULL, planned_on date NOT NULL, reason text NOT NULL, rescheduled_to date,
      cancelled_by uuid NOT NULL, cancelled_at timestamptz NOT NULL);
    CREATE TABLE IF NOT EXISTS closing_feedback (
      relationship_id uuid NOT NULL, side text NOT NULL, feedback text NOT NULL, PRIMARY KEY (relationship_id, side));
    CREATE TABLE IF NOT EXISTS follow_ups (
      relationship_id uuid NOT NULL, kind text NOT NULL, sent_at timestamptz NOT NULL, escalated_at timestamptz, escalated_to uuid,
      PRIMARY KEY (relationship_id, kind));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as RelationshipEvent;
    const id = event.data.relationshipId;
    const at = recorded.recordedAt;
    const set = (assignments: string, ...values: unknown[]) =>
      client.query(`UPDATE relationships SET ${assignments}, updated_at = $2 WHERE relationship_id = $1`, [id, at, ...values]);
    switch (event.type) {
      case 'RelationshipIntroduced': {
        const p = event.data;
        await client.query(
          `INSERT INTO relationships (relationship_id, request_id, round_id, programme, kind, coach_id, coach_organisation_id, coachee_id,
             coachee_organisation_id, status, requested_at, introduced_at, chemistry_meeting_at, approved_by, score, reasons,
             crosses_directorate, crosses_staff_group, crosses_organisation, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'introduced', $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) ON CONFLICT DO NOTHING`,
          [
            id,
            p.requestId,
            p.roundId,
            p.programme,
            p.kind,
            p.coachId,
            p.coachOrganisationId,
            p.coacheeId,
            p.coacheeOrganisationId,
            p.requestedAt,
            p.introducedAt,
            p.chemistryMeetingAt,
            p.approvedBy,
            p.score,
            JSON.stringify(p.reasons),
            p.crossesDirectorate,
            p.crossesStaffGroup,
            p.crossesOrganisation,
            at,
          ],
        );
        return;
      }
      case 'ChemistryMeetingHeld':
        await set('chemistry_held_on = $3', event.data.heldOn);
        await noteCoachAnswer(client, id, event.data.recordedBy, new Date(event.data.recordedAt));
        return;
      case 'RelationshipConfirmed':
        await set('confirmed_by = confirmed_by || jsonb_build_array($3::text)', event.data.side);
        if (event.data.side === 'coach') await noteCoachAnswer(client, id, null, new Date(event.data.confirmedAt));
        return;
      case 'RelationshipActivated':
        await set("status = 'active', active_from = $3, review_due_on = $4", event.data.activeFrom, event.data.reviewDueOn);
        return;
      case 'RelationshipDeclined':
        await set("status = 'declined', declined_by = $3", event.data.side);
        if (event.data.side === 'coach') await noteCoachAnswer(client, id, null, new Date(event.data.declinedAt));
        return;
      case 'SessionLogged': {
        const s = event.data;
        await client.query(
          'INSERT INTO relationship_sessions (session_id, relationship_id, held_on, minutes, grow_stage, logged_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
          [s.sessionId, id, s.heldOn, s.minutes, s.growStage, s.loggedBy],
        );
        await set(
          'sessions_held = sessions_held + 1, minutes_held = minutes_held + $3, last_session_on = GREATEST(last_session_on, $4::date)',
          s.minutes,
          s.heldOn,
        );
        return;
      }
      case 'SessionCancelled': {
        const c = event.data;
        await client.query(
          `INSERT INTO session_cancellations (session_id, relationship_id, planned_on, reason, rescheduled_to, cancelled_by, cancelled_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [c.sessionId, id, c.plannedOn, c.reason, c.rescheduledTo, c.cancelledBy, at],
        );
        await set('cancellations = cancellations + 1');
        return;
      }
      case 'SixMonthCheckDue':
        await set('six_month_check_due = true');
        return;
      case 'RelationshipExtended':
        await set('extended_to = $3', event.data.extendedTo);
        return;
      case 'RelationshipClosed':
        await set("status = 'closed', closed_on = $3, closure_reason = $4, closure_outcome = $5", event.data.closedOn, event.data.reason, event.data.outcome);
        return;
      case 'ClosingFeedbackGiven':
        await client.query('INSERT INTO closing_feedback (relationship_id, side, feedback) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          id,
          event.data.side satisfies Side,
          event.data.feedback,
        ]);
        return;
      case 'FollowUpSent':
        await client.query('INSERT INTO follow_ups (relationship_id, kind, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, event.data.kind, event.data.sentAt]);
        return;
      case 'FollowUpEscalated':
        await client.query(
          `INSERT INTO follow_ups (relationship_id, kind, sent_at, escalated_at, escalated_to) VALUES ($1, $2, $3, $3, $4)
           ON CONFLICT (relationship_id, kind) DO UPDATE SET escalated_at = EXCLUDED.escalated_at, escalated_to = EXCLUDED.escalated_to`,
          [id, event.data.kind, event.data.escalatedAt, event.data.to],
        );
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE relationships, relationship_sessions, session_cancellations, closing_feedback, follow_ups');
  },
};

/**
 * The first time the coach acts on an introduction counts towards their responsiveness. `actorId` null means the
 * event itself says it was the coach; otherwise only an action by the coach counts.
 */
async function noteCoachAnswer(client: PoolClient, relationshipId: string, actorId: string | null, at: Date): Promise<void> {
  const { rows } = await client.query<{ coach_id: string; coach_organisation_id: string; hours: number }>(
    `UPDATE relationships SET coach_answered_at = $3
     WHERE relationship_id = $1 AND coach_answered_at IS NULL AND ($2::uuid IS NULL OR coach_id = $2::uuid)
     RETURNING coach_id, coach_organisation_id, EXTRACT(EPOCH FROM ($3 - introduced_at)) / 3600 AS hours`,
    [relationshipId, actorId, at],
  );
  const answered = rows[0];
  if (!answered) return;
  // The coach's row may not exist yet: projections run independently, each from its own checkpoint.
  await client.query(
    `INSERT INTO coaches (coach_id, organisation_id, answers, answer_hours_total, last_active_at) VALUES ($1, $2, 1, $3, $4)
     ON CONFLICT (coach_id) DO UPDATE SET answers = coaches.answers + 1, answer_hours_total = coaches.answer_hours_total + $3, last_active_at = $4`,
    [answered.coach_id, answered.coach_organisation_id, Math.max(0, Number(answered.hours)), at],
  );
}
