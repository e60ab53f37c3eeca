import type { Queryable } from '@tapestry/eventsourcing';
import type { FigureTable } from '../disclosure/figures';
import { count, statistic } from '../metrics/metrics-context';
import type { Period, ResolvedScope } from '../scope/scope';

export const RECIPROCITY_LABELS: Record<string, string> = {
  coachingRelationships: 'Coaching relationships',
  mentoringRelationships: 'Mentoring relationships',
  coachingHours: 'Coaching hours',
  mentoringHours: 'Mentoring hours',
};

/**
 * The consortium's reciprocity ledger: for each giving member (the coach's or mentor's organisation) and receiving
 * member (the coachee's or mentee's), the relationships held in the period and the hours of sessions held in it, for
 * coaching and mentoring apart. Each organisation's own row with itself shows what it kept in-house.
 */
export async function reciprocityTable(db: Queryable, schema: string, consortium: ResolvedScope, period: Period): Promise<FigureTable> {
  const { rows } = await db.query<{
    giver: string;
    receiver: string;
    coaching: string;
    mentoring: string;
    coaching_minutes: string | null;
    coaching_sessions: string;
    mentoring_minutes: string | null;
    mentoring_sessions: string;
  }>(
    `WITH members AS (SELECT unnest($3::text[]) AS organisation_id),
     pairs AS (SELECT g.organisation_id AS giver, r.organisation_id AS receiver FROM members g CROSS JOIN members r),
     held AS (
       SELECT coach_organisation_id AS giver, coachee_organisation_id AS receiver, role, relationship_id
       FROM ${schema}.fact_relationship
       WHERE introduced_at < $2::date + 1 AND declined_at IS NULL AND (closed_on IS NULL OR closed_on >= $1::date)
     ),
     sessions AS (
       SELECT h.giver, h.receiver, h.role, s.duration_minutes
       FROM held h JOIN ${schema}.fact_session s USING (relationship_id)
       WHERE s.held AND s.on_date BETWEEN $1::date AND $2::date
     )
     SELECT p.giver, p.receiver,
       (SELECT count(*) FROM held h WHERE h.giver = p.giver AND h.receiver = p.receiver AND h.role = 'COACH') AS coaching,
       (SELECT count(*) FROM held h WHERE h.giver = p.giver AND h.receiver = p.receiver AND h.role = 'MENTOR') AS mentoring,
       (SELECT sum(duration_minutes) FROM sessions s WHERE s.giver = p.giver AND s.receiver = p.receiver AND s.role = 'COACH') AS coaching_minutes,
       (SELECT count(*) FROM sessions s WHERE s.giver = p.giver AND s.receiver = p.receiver AND s.role = 'COACH') AS coaching_sessions,
       (SELECT sum(duration_minutes) FROM sessions s WHERE s.giver = p.giver AND s.receiver = p.receiver AND s.role = 'MENTOR') AS mentoring_minutes,
       (SELECT count(*) FROM sessions s WHERE s.giver = p.giver AND s.receiver = p.receiver AND s.role = 'MENTOR') AS mentoring_sessions
     FROM pairs p ORDER BY p.giver, p.receiver`,
    [period.from, period.to, consortium.organisationIds],
  );
  const hours = (minutes: string | null, sessions: string) => statistic(minutes === null ? null : Number(minutes) / 60, sessions);
  return {
    dimensions: ['giver', 'receiver'],
    rows: rows.map((row) => ({
      key: [row.giver, row.receiver],
      figures: {
        coachingRelationships: count(row.coaching),
        mentoringRelationships: count(row.mentoring),
        coachingHours: hours(row.coaching_minutes, row.coaching_sessions),
        mentoringHours: hours(row.mentoring_minutes, row.mentoring_sessions),
      },
    })),
  };
}
