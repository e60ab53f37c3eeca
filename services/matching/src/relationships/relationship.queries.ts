import type { Queryable } from '@tapestry/eventsourcing';
import type { ProgrammeType, SupportKindType } from '../common/graphql-enums';
import type { CancellationReasonType, ClosureOutcomeType, ClosureReasonType, GrowStageType, Relationship, ReportParticipation } from './relationship.graphql-types';

interface RelationshipRow {
  relationship_id: string;
  programme: ProgrammeType;
  kind: SupportKindType;
  status: string;
  coach_id: string;
  coach_name: string | null;
  coachee_id: string;
  coachee_name: string | null;
  coach_organisation_id: string;
  coachee_organisation_id: string;
  introduced_at: Date;
  chemistry_meeting_at: Date;
  chemistry_held_on: string | null;
  confirmed_by: string[];
  active_from: string | null;
  review_due_on: string | null;
  extended_to: string | null;
  closed_on: string | null;
  closure_reason: ClosureReasonType | null;
  closure_outcome: ClosureOutcomeType | null;
  sessions_held: number;
  minutes_held: number;
  last_session_on: string | null;
  cancellations: number;
  score: number;
  reasons: string[];
  goals: string;
}

const SELECT = `
  SELECT r.relationship_id, r.programme, r.kind, r.status, r.coach_id, c.display_name AS coach_name, r.coachee_id, e.display_name AS coachee_name,
         r.coach_organisation_id, r.coachee_organisation_id, r.introduced_at, r.chemistry_meeting_at, r.chemistry_held_on::text,
         r.confirmed_by, r.active_from::text, r.review_due_on::text, r.extended_to::text, r.closed_on::text, r.closure_reason, r.closure_outcome,
         r.sessions_held, r.minutes_held, r.last_session_on::text, r.cancellations, r.score, r.reasons, q.goals
  FROM relationships r
  JOIN requests q ON q.request_id = r.request_id
  LEFT JOIN people c ON c.person_id = r.coach_id
  LEFT JOIN people e ON e.person_id = r.coachee_id`;

/** Who the viewer is to a relationship decides what they see. */
export type Viewer = { personId: string; lead: boolean };

export interface RelationshipParties {
  relationshipId: string;
  coachId: string;
  coacheeId: string;
  coachOrganisationId: string;
  coacheeOrganisationId: string;
}

async function viewOf(db: Queryable, row: RelationshipRow, viewer: Viewer): Promise<Relationship> {
  const side = viewer.personId === row.coach_id ? 'coach' : viewer.personId === row.coachee_id ? 'coachee' : null;
  const party = side !== null;
  const [sessions, cancelled, feedback] = party
    ? await Promise.all([
        db.query<{ session_id: string; held_on: string; minutes: number; grow_stage: GrowStageType | null }>(
          'SELECT session_id, held_on::text, minutes, grow_stage FROM relationship_sessions WHERE relationship_id = $1 ORDER BY held_on, session_id',
          [row.relationship_id],
        ),
        db.query<{ session_id: string; planned_on: string; reason: CancellationReasonType; rescheduled_to: string | null }>(
          'SELECT session_id, planned_on::text, reason, rescheduled_to::text FROM session_cancellations WHERE relationship_id = $1 ORDER BY planned_on, session_id',
          [row.relationship_id],
        ),
        db.query<{ feedback: string }>('SELECT feedback FROM closing_feedback WHERE relationship_id = $1 AND side = $2', [row.relationship_id, side]),
      ])
    : [null, null, null];
  return {
    id: row.relationship_id,
    programme: row.programme,
    kind: row.kind,
    status: row.status,
    coach: { id: row.coach_id, name: row.coach_name ?? 'Unknown' },
    coachee: { id: row.coachee_id, name: row.coachee_name ?? 'Unknown' },
    mySide: side,
    introducedAt: row.introduced_at,
    chemistryMeetingAt: row.chemistry_meeting_at,
    chemistryHeldOn: row.chemistry_held_on,
    confirmedBy: row.confirmed_by,
    activeFrom: row.active_from,
    reviewDueOn: row.review_due_on,
    extendedTo: row.extended_to,
    closedOn: row.closed_on,
    closureReason: row.closure_reason,
    closureOutcome: row.closure_outcome,
    sessionsHeld: row.sessions_held,
    minutesHeld: row.minutes_held,
    lastSessionOn: row.last_session_on,
    cancellations: row.cancellations,
    score: row.score,
    reasons: row.reasons,
    // Goals are the coachee's; their coach sees them from the introduction on. Never a lead.
    goals: party ? row.goals : null,
    sessions: sessions?.rows.map((s) => ({ id: s.session_id, heldOn: s.held_on, minutes: s.minutes, growStage: s.grow_stage })) ?? null,
    cancelledSessions: cancelled?.rows.map((c) => ({ id: c.session_id, plannedOn: c.planned_on, reason: c.reason, rescheduledTo: c.rescheduled_to })) ?? null,
    myFeedback: feedback?.rows[0]?.feedback ?? null,
  };
}

export async function findParties(db: Queryable, relationshipId: string): Promise<RelationshipParties | null> {
  const { rows } = await db.query<{ coach_id: string; coachee_id: string; coach_organisation_id: string; coachee_organisation_id: string }>(
    'SELECT coach_id, coachee_id, coach_organisation_id, coachee_organisation_id FROM relationships WHERE relationship_id = $1',
    [relationshipId],
  );
  const row = rows[0];
  return row
    ? { relationshipId, coachId: row.coach_id, coacheeId: row.coachee_id, coachOrganisationId: row.coach_organisation_id, coacheeOrganisationId: row.coachee_organisation_id }
    : null;
}

export async function relationshipFor(db: Queryable, relationshipId: string, viewer: Viewer): Promise<Relationship | null> {
  const { rows } = await db.query<RelationshipRow>(`${SELECT} WHERE r.relationship_id = $1`, [relationshipId]);
  return rows[0] ? viewOf(db, rows[0], viewer) : null;
}

/** The viewer's relationships, as coach or as coachee; newest first. */
export async function relationshipsOf(db: Queryable, personId: string): Promise<Relationship[]> {
  const { rows } = await db.query<RelationshipRow>(`${SELECT} WHERE r.coach_id = $1 OR r.coachee_id = $1 ORDER BY r.introduced_at DESC`, [personId]);
  return Promise.all(rows.map((row) => viewOf(db, row, { personId, lead: false })));
}

/** Relationships in the organisations a lead leads, for follow-ups and status; goals and sessions withheld. */
export async function relationshipsIn(db: Queryable, organisationIds: readonly string[], leadId: string): Promise<Relationship[]> {
  const { rows } = await db.query<RelationshipRow>(
    `${SELECT} WHERE r.coachee_organisation_id = ANY($1::uuid[]) OR r.coach_organisation_id = ANY($1::uuid[]) ORDER BY r.introduced_at DESC`,
    [[...organisationIds]],
  );
  return Promise.all(rows.map((row) => viewOf(db, row, { personId: leadId, lead: true })));
}

/** For a line manager: which of their direct reports take part, and how far along; nothing of the content. */
export async function participationOfReports(db: Queryable, managerId: string): Promise<ReportParticipation[]> {
  const { rows } = await db.query<{ person_id: string; display_name: string; programme: ProgrammeType; role: string; status: string; since: string | null }>(
    `SELECT p.person_id, p.display_name, q.programme, 'coachee' AS role, CASE WHEN q.status = 'open' THEN 'requested' ELSE r.status END AS status,
            coalesce(r.active_from::text, q.requested_at::date::text) AS since
       FROM people p JOIN requests q ON q.requester_id = p.person_id LEFT JOIN relationships r ON r.relationship_id = q.relationship_id
      WHERE p.line_manager_id = $1 AND q.status IN ('open', 'matched')
     UNION ALL
     SELECT p.person_id, p.display_name, r.programme, 'coach', r.status, coalesce(r.active_from::text, r.introduced_at::date::text)
       FROM people p JOIN relationships r ON r.coach_id = p.person_id
      WHERE p.line_manager_id = $1 AND r.status IN ('introduced', 'active')
     ORDER BY 2, 3`,
    [managerId],
  );
  return rows.map((row) => ({ person: { id: row.person_id, name: row.display_name }, programme: row.programme, role: row.role, status: row.status, since: row.since }));
}
