import type { Queryable } from '@tapestry/eventsourcing';
import type { FollowUpDue } from './follow-up.graphql-types';

interface Row {
  relationship_id: string;
  kind: string;
  state: string;
  due_at: Date;
  coach_id: string;
  coach_name: string | null;
  coachee_id: string;
  coachee_name: string | null;
}

/**
 * Follow-ups in the lead's organisations: pending deadlines due within `withinDays` (escalations show as the follow-up
 * they escalate) and escalations already raised on relationships still open.
 */
export async function followUpsDueIn(db: Queryable, organisationIds: readonly string[], now: Date, withinDays: number): Promise<FollowUpDue[]> {
  const { rows } = await db.query<Row>(
    `WITH scoped AS (
       SELECT r.relationship_id, r.coach_id, r.coachee_id, c.display_name AS coach_name, e.display_name AS coachee_name
       FROM relationships r LEFT JOIN people c ON c.person_id = r.coach_id LEFT JOIN people e ON e.person_id = r.coachee_id
       WHERE r.status IN ('introduced', 'active') AND (r.coachee_organisation_id = ANY($1::uuid[]) OR r.coach_organisation_id = ANY($1::uuid[])))
     SELECT s.relationship_id, CASE WHEN d.kind = 'escalation' THEN d.payload->>'followUp' ELSE d.kind END AS kind, 'due' AS state, d.due_at,
            s.coach_id, s.coach_name, s.coachee_id, s.coachee_name
       FROM scheduled_deadlines d JOIN scoped s ON s.relationship_id::text = d.subject_id
      WHERE d.status = 'pending' AND d.kind <> 'introduction_mail' AND d.due_at <= $2::timestamptz + make_interval(days => $3)
     UNION ALL
     SELECT s.relationship_id, f.kind, 'escalated', f.escalated_at, s.coach_id, s.coach_name, s.coachee_id, s.coachee_name
       FROM follow_ups f JOIN scoped s USING (relationship_id) WHERE f.escalated_at IS NOT NULL
     ORDER BY 4, 1`,
    [[...organisationIds], now, withinDays],
  );
  return rows.map((row) => ({
    relationshipId: row.relationship_id,
    kind: row.kind,
    state: row.state,
    dueAt: row.due_at,
    coach: { id: row.coach_id, name: row.coach_name ?? 'Unknown' },
    coachee: { id: row.coachee_id, name: row.coachee_name ?? 'Unknown' },
  }));
}
