import { asAtDays, count, heldDays, HELD_IN_PERIOD, rate, runFamily, statistic, type FamilyRow, type FigureFamily, type MetricsContext } from './metrics-context';

/** People who completed a course qualifying them for the programme (any programme when none is named) in the period. */
export const trainingFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT t.person_id AS subject_id, t.completed_on AS on_date, q.programme
     FROM ${context.schema}.fact_training t
     JOIN ${context.schema}.dim_course c USING (course_id)
     CROSS JOIN LATERAL (
       SELECT DISTINCT x->>'programme' AS programme FROM jsonb_array_elements(c.qualifies) x WHERE x->>'programme' IS NOT NULL
     ) q
     WHERE t.completed_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR q.programme = $3)`,
    'count(DISTINCT b.subject_id) AS trained',
    (row) => ({ peopleTrained: count(row.trained) }),
  );

/**
 * The pool on each as-at day: coaches and mentors eligible for the programme; of them, those holding at least one
 * relationship (active); and those out of the pool only because they are paused (by their supervisor or themselves).
 */
export const poolFigures: FigureFamily = (context) =>
  runFamily(
    context,
    // Each change holds from its time until the next change of the same role (or coach), so the state on each day is
    // a range join over the few thousand changes rather than a sort of every change against every day. Changes at
    // the same time are taken in event id order (the last one stands).
    `WITH days AS (${asAtDays(context)}),
     eligibility AS (
       SELECT e.person_id, e.programme, e.eligible, e.paused, e.changed_at,
              lead(e.changed_at) OVER (PARTITION BY e.person_id, e.programme, e.role ORDER BY e.changed_at, e.event_id) AS next_change
       FROM ${context.schema}.fact_eligibility e
       WHERE $3::text IS NULL OR e.programme = $3
     ),
     latest AS (
       SELECT d.as_at, e.person_id, e.programme, e.eligible, e.paused
       FROM days d JOIN eligibility e ON e.changed_at < d.as_at + 1 AND (e.next_change IS NULL OR e.next_change >= d.as_at + 1)
     ),
     availability_changes AS (
       SELECT a.coach_id, a.paused, a.changed_at, lead(a.changed_at) OVER (PARTITION BY a.coach_id ORDER BY a.changed_at, a.event_id) AS next_change
       FROM ${context.schema}.fact_availability a
     ),
     availability AS (
       SELECT d.as_at, a.coach_id, a.paused
       FROM days d JOIN availability_changes a ON a.changed_at < d.as_at + 1 AND (a.next_change IS NULL OR a.next_change >= d.as_at + 1)
     ),
     holding AS (
       SELECT DISTINCT d.as_at, r.coach_id
       FROM days d JOIN ${context.schema}.fact_relationship r
         ON r.introduced_at < d.as_at + 1 AND r.declined_at IS NULL AND (r.closed_on IS NULL OR r.closed_on > d.as_at)
       WHERE $3::text IS NULL OR r.programme = $3
     )
     SELECT l.person_id AS subject_id, l.as_at AS on_date, l.programme,
            bool_or(l.eligible AND NOT coalesce(a.paused, false)) AS available,
            bool_or(l.eligible) AS eligible,
            bool_or((l.eligible AND coalesce(a.paused, false)) OR (NOT l.eligible AND l.paused)) AS paused,
            bool_or(l.eligible AND h.coach_id IS NOT NULL) AS active
     FROM latest l
     LEFT JOIN availability a ON a.as_at = l.as_at AND a.coach_id = l.person_id
     LEFT JOIN holding h ON h.as_at = l.as_at AND h.coach_id = l.person_id
     GROUP BY l.person_id, l.as_at, l.programme`,
    `count(DISTINCT b.subject_id) FILTER (WHERE b.eligible) AS eligible,
     count(DISTINCT b.subject_id) FILTER (WHERE b.active) AS active,
     count(DISTINCT b.subject_id) FILTER (WHERE b.paused) AS paused`,
    (row) => ({ poolEligible: count(row.eligible), poolActive: count(row.active), poolPaused: count(row.paused) }),
  );

/**
 * Interest not yet turned into practice or support on each as-at day: people who asked to practise (an approval
 * request) and are not eligible, and requests for a coach or mentor neither matched nor withdrawn.
 */
export const backlogFigures: FigureFamily = async (context) => {
  const registered = await runFamily(
    context,
    // A change is a role's latest on a day from its time until the next later change of that role (changes at the
    // same time are all latest together), so eligibility on each day is one hash anti-join, not a max() per row.
    `WITH days AS (${asAtDays(context)}),
     eligibility AS (
       SELECT e.person_id, e.programme, e.eligible, e.changed_at,
              min(e.changed_at) OVER (PARTITION BY e.person_id, e.programme, e.role ORDER BY e.changed_at
                                      RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING EXCLUDE GROUP) AS next_change
       FROM ${context.schema}.fact_eligibility e
       WHERE $3::text IS NULL OR e.programme = $3
     )
     SELECT DISTINCT i.person_id AS subject_id, d.as_at AS on_date, i.programme
     FROM days d JOIN ${context.schema}.fact_interest i ON i.requested_at < d.as_at + 1
     WHERE ($3::text IS NULL OR i.programme = $3)
       AND NOT coalesce(i.decision IN ('declined', 'expired', 'invalidated') AND i.decided_at < d.as_at + 1, false)
       AND NOT EXISTS (
         SELECT 1 FROM eligibility e
         WHERE e.person_id = i.person_id AND e.programme = i.programme AND e.eligible
           AND e.changed_at < d.as_at + 1 AND (e.next_change IS NULL OR e.next_change >= d.as_at + 1)
       )`,
    'count(DISTINCT b.subject_id) AS registered',
    (row) => ({ backlogRegistered: count(row.registered) }),
  );
  const requested = await runFamily(
    context,
    `WITH days AS (${asAtDays(context)})
     SELECT q.person_id AS subject_id, d.as_at AS on_date, q.programme
     FROM days d JOIN ${context.schema}.fact_request q ON q.requested_at < d.as_at + 1
     WHERE ($3::text IS NULL OR q.programme = $3)
       AND (q.withdrawn_at IS NULL OR q.withdrawn_at >= d.as_at + 1)
       AND NOT EXISTS (
         SELECT 1 FROM ${context.schema}.fact_relationship r
         WHERE r.request_id = q.request_id AND r.introduced_at < d.as_at + 1 AND (r.declined_at IS NULL OR r.declined_at >= d.as_at + 1)
       )`,
    'count(*) AS requested',
    (row) => ({ backlogRequested: count(row.requested) }),
  );
  return [...registered, ...requested];
};

/** Relationships held in the period per coach, to find the share the busiest tenth of coaches carry. */
export const loadSpreadFigures: FigureFamily = async (context: MetricsContext): Promise<FamilyRow[]> => {
  const rows = await runFamily(
    context,
    `SELECT r.coach_id AS subject_id, held.on_date, r.programme, r.relationship_id
     FROM ${context.schema}.fact_relationship r ${heldDays(context)}
     WHERE ${HELD_IN_PERIOD}`,
    'count(DISTINCT b.relationship_id) AS held',
    (row) => ({ held: count(row.held) }),
    ['b.subject_id'],
  );
  return busiestTenthShare(rows);
};

/** Per group: the share of relationships held by the busiest ceil(10%) of coaches; its base is the number of coaches. */
export function busiestTenthShare(perCoach: FamilyRow[]): FamilyRow[] {
  const groups = new Map<string, { key: string[]; loads: number[] }>();
  for (const row of perCoach) {
    const id = JSON.stringify(row.key);
    const group = groups.get(id) ?? { key: row.key, loads: [] };
    const held = row.figures.held;
    group.loads.push(held.kind === 'count' ? held.value : 0);
    groups.set(id, group);
  }
  return [...groups.values()].map(({ key, loads }) => {
    const sorted = [...loads].sort((a, b) => b - a);
    const busiest = Math.ceil(sorted.length / 10);
    const total = sorted.reduce((sum, held) => sum + held, 0);
    const top = sorted.slice(0, busiest).reduce((sum, held) => sum + held, 0);
    return { key, figures: { coachesHolding: count(sorted.length), loadShareBusiestTenth: statistic(total === 0 ? null : (100 * top) / total, sorted.length) } };
  });
}

/** Supervision counts when arranged by the period's end, or by the month's end when grouped by month. */
const supervisedBy = (context: MetricsContext): string =>
  context.groupBy.includes('month') ? "least($2::date, (date_trunc('month', held.on_date) + interval '1 month - 1 day')::date)" : '$2::date';

/** Coaches holding a relationship in the period, and how many of them had supervision arranged during it. */
export const supervisionFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT DISTINCT r.coach_id AS subject_id, held.on_date, r.programme,
            EXISTS (
              SELECT 1 FROM ${context.schema}.fact_supervision s
              WHERE s.supervisee_id = r.coach_id AND (s.until_on IS NULL OR s.until_on >= held.on_date)
                AND s.from_on <= ${supervisedBy(context)}
            ) AS supervised
     FROM ${context.schema}.fact_relationship r ${heldDays(context)}
     WHERE ${HELD_IN_PERIOD}`,
    'count(DISTINCT b.subject_id) AS coaches, count(DISTINCT b.subject_id) FILTER (WHERE b.supervised) AS supervised',
    (row) => ({ supervisionCoverage: rate(row.supervised, row.coaches) }),
  );
