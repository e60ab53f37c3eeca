import type { Queryable } from '@tapestry/eventsourcing';
import { APPROVAL_FOR_ROLE } from '../approvals';

/** Granted approvals whose validity has passed. */
export async function approvalsDueToExpire(db: Queryable, now: Date): Promise<{ approvalId: string; personId: string }[]> {
  const { rows } = await db.query<{ approval_id: string; person_id: string }>(
    "SELECT approval_id, person_id FROM approvals WHERE status = 'approved' AND expires_at < $1 ORDER BY expires_at",
    [now],
  );
  return rows.map((row) => ({ approvalId: row.approval_id, personId: row.person_id }));
}

/** Unanswered requests whose manager has not been prompted for `days` days. */
export async function approvalsDueAReminder(db: Queryable, now: Date, days: number): Promise<{ approvalId: string }[]> {
  const { rows } = await db.query<{ approval_id: string }>(
    "SELECT approval_id FROM approvals WHERE status = 'pending' AND last_prompt_at <= $1::timestamptz - make_interval(days => $2) ORDER BY last_prompt_at",
    [now, days],
  );
  return rows.map((row) => ({ approvalId: row.approval_id }));
}

/** People with open or granted approvals routed to someone other than their line manager now (none, if they left). */
export async function approvalsBehindTheirManager(db: Queryable): Promise<{ personId: string; lineManagerId: string | null }[]> {
  const { rows } = await db.query<{ person_id: string; line_manager_id: string | null }>(
    `SELECT DISTINCT p.person_id, CASE WHEN p.status = 'left' THEN NULL ELSE p.line_manager_id END AS line_manager_id
     FROM approvals a JOIN people p ON p.person_id = a.person_id
     WHERE a.status IN ('pending', 'approved')
       AND a.line_manager_id IS DISTINCT FROM CASE WHEN p.status = 'left' THEN NULL ELSE p.line_manager_id END`,
  );
  return rows.map((row) => ({ personId: row.person_id, lineManagerId: row.line_manager_id }));
}

/** People published as eligible for a programme and role that no unlapsed training record still qualifies them for. */
export async function peopleWhoseTrainingLapsed(db: Queryable, today: string): Promise<string[]> {
  const { rows } = await db.query<{ person_id: string }>(
    `SELECT DISTINCT e.person_id FROM eligibility e
     WHERE e.eligible AND NOT EXISTS (
       SELECT 1 FROM training_records t
       WHERE t.person_id = e.person_id AND (t.lapses_on IS NULL OR t.lapses_on > $1::date)
         AND t.programme_qualifications @> jsonb_build_array(jsonb_build_object('programme', e.programme, 'role', e.role)))`,
    [today],
  );
  return rows.map((row) => row.person_id);
}

/** Which practitioner roles each approval kind lets a person practise in, as SQL rows (kind, role). */
const ROLES_BY_KIND = Object.entries(APPROVAL_FOR_ROLE)
  .map(([role, kind]) => `('${kind}', '${role}')`)
  .join(', ');

/**
 * Active people with a current approval and unlapsed training for the same programme and role who are not published
 * as eligible for it: a completion recorded after the approval, which no command recomputed. Catching them here keeps
 * eligibility right within one sweep whatever path recorded the completion.
 */
export async function peopleNewlyEligible(db: Queryable, now: Date, today: string): Promise<string[]> {
  const { rows } = await db.query<{ person_id: string }>(
    `SELECT DISTINCT a.person_id
     FROM approvals a
     JOIN (VALUES ${ROLES_BY_KIND}) AS practice(kind, role) ON practice.kind = a.kind
     JOIN people p ON p.person_id = a.person_id AND p.status = 'active'
     JOIN training_records t ON t.person_id = a.person_id AND t.completed_on <= $2::date AND (t.lapses_on IS NULL OR t.lapses_on > $2::date)
       AND t.programme_qualifications @> jsonb_build_array(jsonb_build_object('programme', a.programme, 'role', practice.role))
     WHERE a.status = 'approved' AND a.expires_at >= $1
       AND NOT EXISTS (SELECT 1 FROM eligibility e
                       WHERE e.person_id = a.person_id AND e.programme = a.programme AND e.role = practice.role AND e.eligible)`,
    [now, today],
  );
  return rows.map((row) => row.person_id);
}
