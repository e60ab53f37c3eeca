import type { Queryable } from '@tapestry/eventsourcing';
import type { MyCoachProfileView, PoolCoachView, PoolEligibility } from './coach.graphql-types';

interface PoolRow {
  person_id: string;
  display_name: string;
  organisation_id: string;
  site_id: string | null;
  directorate_id: string | null;
  staff_group: string;
  shift_pattern: string;
  eligibility: PoolEligibility[];
  capacity: number | null;
  slots: string[] | null;
  site_ids: string[] | null;
  tags: string[] | null;
  formats: string[] | null;
  paused: boolean | null;
  unanswered: string[] | null;
  flagged_since: Date | null;
  answers: number | null;
  answer_hours_total: number | null;
  last_active_at: Date | null;
}

/** Everyone eligible to coach or mentor in these organisations (or just `coachId`), with load and responsiveness. */
export async function poolIn(db: Queryable, organisationIds: readonly string[], programme: string | null, coachId: string | null = null): Promise<PoolCoachView[]> {
  const { rows } = await db.query<PoolRow>(
    `SELECT p.person_id, p.display_name, p.organisation_id, p.site_id, p.directorate_id, p.staff_group, p.shift_pattern, e.eligibility,
            c.capacity, c.slots, c.site_ids, c.tags, c.formats, (coalesce(c.paused, false) OR coalesce(sp.paused, false)) AS paused, c.unanswered, c.flagged_since, c.answers, c.answer_hours_total, c.last_active_at
     FROM (SELECT person_id, jsonb_agg(jsonb_build_object('programme', programme, 'kind', kind) ORDER BY programme, kind) AS eligibility
           FROM coach_eligibility WHERE eligible AND organisation_id = ANY($1::uuid[]) AND ($2::text IS NULL OR programme = $2)
             AND ($3::uuid IS NULL OR person_id = $3) GROUP BY person_id) e
     JOIN people p ON p.person_id = e.person_id LEFT JOIN coaches c ON c.coach_id = e.person_id LEFT JOIN supervisor_pauses sp ON sp.person_id = e.person_id
     WHERE p.status = 'active' ORDER BY p.display_name, p.person_id`,
    [[...organisationIds], programme, coachId],
  );
  return rows.map((row) => ({
    coachId: row.person_id,
    name: row.display_name,
    organisationId: row.organisation_id,
    siteId: row.site_id,
    directorateId: row.directorate_id,
    staffGroup: row.staff_group,
    shiftPattern: row.shift_pattern,
    eligibility: row.eligibility,
    capacity: row.capacity ?? 2,
    activeRelationships: row.slots?.length ?? 0,
    siteIds: row.site_ids ?? [],
    tags: row.tags ?? [],
    formats: row.formats ?? ['in_person', 'remote'],
    paused: row.paused ?? false,
    unresponsive: (row.unanswered?.length ?? 0) > 0,
    flaggedSince: row.flagged_since,
    averageAnswerHours: row.answers ? Math.round(((row.answer_hours_total ?? 0) / row.answers) * 10) / 10 : null,
    lastActiveAt: row.last_active_at,
  }));
}

/** The coach's own place in the pool with the gender they gave: read apart from `poolIn`, so no one else's view can carry it. */
export async function ownCoachProfile(db: Queryable, organisationId: string, coachId: string): Promise<MyCoachProfileView | null> {
  const [profile] = await poolIn(db, [organisationId], null, coachId);
  if (!profile) return null;
  const { rows } = await db.query<{ gender: string | null }>('SELECT gender FROM coaches WHERE coach_id = $1', [coachId]);
  return { ...profile, gender: rows[0]?.gender ?? null };
}
