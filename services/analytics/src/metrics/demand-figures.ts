import { count, heldDays, HELD_IN_PERIOD, rate, runFamily, statistic, type FamilyRow, type FigureFamily } from './metrics-context';

const CLOSURE_REASONS = ['GOALS_MET', 'TERM_ENDED', 'NO_LONGER_NEEDED', 'NO_TIME', 'NOT_WORKING', 'LEFT_ORGANISATION', 'OTHER'] as const;
const CANCELLATION_REASONS = ['CLINICAL_PRESSURE', 'STAFFING', 'SICKNESS', 'LEAVE', 'PERSONAL', 'OTHER'] as const;

/** The cap on a session's length the evaluated programme set. */
export const SESSION_CAP_MINUTES = 90;

/**
 * Introductions made in the period, counted against the coachee: how long they waited from asking (days; median
 * and 90th percentile) and how many crossed a directorate, staff group or organisation.
 */
export const introductionFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, r.introduced_at::date AS on_date, r.programme,
            extract(epoch FROM r.introduced_at - r.requested_at) / 86400 AS wait_days,
            r.crosses_directorate, r.crosses_staff_group, r.crosses_organisation
     FROM ${context.schema}.fact_relationship r
     WHERE r.introduced_at >= $1::date AND r.introduced_at < $2::date + 1 AND ($3::text IS NULL OR r.programme = $3)`,
    `count(*) AS introductions,
     count(b.wait_days) AS waits,
     percentile_cont(0.5) WITHIN GROUP (ORDER BY b.wait_days) AS wait_median,
     percentile_cont(0.9) WITHIN GROUP (ORDER BY b.wait_days) AS wait_p90,
     count(*) FILTER (WHERE b.crosses_directorate) AS across_directorate,
     count(*) FILTER (WHERE b.crosses_staff_group) AS across_staff_group,
     count(*) FILTER (WHERE b.crosses_organisation) AS across_organisation,
     count(*) FILTER (WHERE b.crosses_directorate OR b.crosses_staff_group OR b.crosses_organisation) AS across_any`,
    (row) => ({
      introductions: count(row.introductions),
      daysRequestToMatchMedian: statistic(row.wait_median, row.waits),
      daysRequestToMatchP90: statistic(row.wait_p90, row.waits),
      crossSiloDirectorate: rate(row.across_directorate, row.introductions),
      crossSiloStaffGroup: rate(row.across_staff_group, row.introductions),
      crossSiloOrganisation: rate(row.across_organisation, row.introductions),
      crossSiloAny: rate(row.across_any, row.introductions),
    }),
  );

/** Requests made in the period. */
export const requestFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT q.person_id AS subject_id, q.requested_at::date AS on_date, q.programme, q.withdrawn_at
     FROM ${context.schema}.fact_request q
     WHERE q.requested_at >= $1::date AND q.requested_at < $2::date + 1 AND ($3::text IS NULL OR q.programme = $3)`,
    'count(*) AS requests, count(*) FILTER (WHERE b.withdrawn_at IS NOT NULL) AS withdrawn',
    (row) => ({ requests: count(row.requests), requestsWithdrawn: count(row.withdrawn) }),
  );

/** Relationships whose first session fell in the period: days from the request to it. */
export const firstSessionFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, f.first_on AS on_date, r.programme, f.first_on - r.requested_at::date AS days
     FROM ${context.schema}.fact_relationship r
     JOIN (SELECT relationship_id, min(on_date) AS first_on FROM ${context.schema}.fact_session WHERE held GROUP BY relationship_id) f USING (relationship_id)
     WHERE f.first_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR r.programme = $3)`,
    `count(b.days) AS firsts,
     percentile_cont(0.5) WITHIN GROUP (ORDER BY b.days) AS days_median,
     percentile_cont(0.9) WITHIN GROUP (ORDER BY b.days) AS days_p90`,
    (row) => ({
      daysRequestToFirstSessionMedian: statistic(row.days_median, row.firsts),
      daysRequestToFirstSessionP90: statistic(row.days_p90, row.firsts),
    }),
  );

/** Introductions settled in the period: confirmed by both (activated) or declined by either. */
export const chemistryFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, coalesce(r.activated_on, r.declined_at::date) AS on_date, r.programme, r.activated_on IS NOT NULL AS activated
     FROM ${context.schema}.fact_relationship r
     WHERE coalesce(r.activated_on, r.declined_at::date) BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR r.programme = $3)`,
    'count(*) AS settled, count(*) FILTER (WHERE b.activated) AS activated, count(*) FILTER (WHERE NOT b.activated) AS declined',
    (row) => ({ chemistrySuccess: rate(row.activated, row.settled), introductionsDeclined: count(row.declined) }),
  );

/** Relationships closed in the period: why, and how long they had run (days from activation). */
export const closureFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, r.closed_on AS on_date, r.programme, r.closure_reason, r.closed_on - r.activated_on AS length_days
     FROM ${context.schema}.fact_relationship r
     WHERE r.closed_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR r.programme = $3)`,
    [
      'count(*) AS closed',
      'count(b.length_days) AS lengths',
      'percentile_cont(0.5) WITHIN GROUP (ORDER BY b.length_days) AS length_median',
      ...CLOSURE_REASONS.map((reason) => `count(*) FILTER (WHERE b.closure_reason = '${reason}') AS closed_${reason.toLowerCase()}`),
    ].join(', '),
    (row) => ({
      relationshipsClosed: count(row.closed),
      relationshipLengthDaysMedian: statistic(row.length_median, row.lengths),
      ...Object.fromEntries(CLOSURE_REASONS.map((reason) => [`closureReason_${reason}`, count(row[`closed_${reason.toLowerCase()}`])])),
    }),
  );

/** Sessions held and cancelled in the period: length against the cap, and cancellations and reschedules by reason. */
export const sessionFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, s.on_date, r.programme, s.held, s.duration_minutes, s.cancellation_reason, s.rescheduled_to
     FROM ${context.schema}.fact_session s JOIN ${context.schema}.fact_relationship r USING (relationship_id)
     WHERE s.on_date BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR r.programme = $3)`,
    [
      'count(*) FILTER (WHERE b.held) AS held',
      'percentile_cont(0.5) WITHIN GROUP (ORDER BY b.duration_minutes) FILTER (WHERE b.held) AS minutes_median',
      `count(*) FILTER (WHERE b.held AND b.duration_minutes >= ${SESSION_CAP_MINUTES}) AS at_cap`,
      'count(*) FILTER (WHERE NOT b.held) AS cancelled',
      ...CANCELLATION_REASONS.flatMap((reason) => [
        `count(*) FILTER (WHERE NOT b.held AND b.cancellation_reason = '${reason}' AND b.rescheduled_to IS NULL) AS cancelled_${reason.toLowerCase()}`,
        `count(*) FILTER (WHERE NOT b.held AND b.cancellation_reason = '${reason}' AND b.rescheduled_to IS NOT NULL) AS rescheduled_${reason.toLowerCase()}`,
      ]),
    ].join(', '),
    (row) => ({
      sessionsHeld: count(row.held),
      sessionMinutesMedian: statistic(row.minutes_median, row.held),
      sessionsAtCap: rate(row.at_cap, row.held),
      sessionsCancelled: count(row.cancelled),
      ...Object.fromEntries(
        CANCELLATION_REASONS.flatMap((reason) => [
          [`cancelled_${reason}`, count(row[`cancelled_${reason.toLowerCase()}`])],
          [`rescheduled_${reason}`, count(row[`rescheduled_${reason.toLowerCase()}`])],
        ]),
      ),
    }),
  );

/**
 * Cadence against the monthly norm: of the months each active relationship ran in the period (from activation),
 * the share with at least one session held.
 */
export const cadenceFigures: FigureFamily = (context) =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, m.month_start AS on_date, r.programme,
            EXISTS (SELECT 1 FROM ${context.schema}.fact_session s
                    WHERE s.relationship_id = r.relationship_id AND s.held
                      AND s.on_date >= m.month_start AND s.on_date < m.month_start + interval '1 month') AS met
     FROM ${context.schema}.fact_relationship r
     CROSS JOIN LATERAL (
       SELECT m::date AS month_start
       FROM generate_series(date_trunc('month', greatest($1::date, r.activated_on)), date_trunc('month', least($2::date, coalesce(r.closed_on, $2::date))), interval '1 month') m
     ) m
     WHERE r.activated_on IS NOT NULL AND r.activated_on <= $2::date AND (r.closed_on IS NULL OR r.closed_on >= $1::date)
       AND ($3::text IS NULL OR r.programme = $3)`,
    'count(*) AS months, count(*) FILTER (WHERE b.met) AS met',
    (row) => ({ relationshipMonths: count(row.months), cadenceMonthlyNormMet: rate(row.met, row.months) }),
  );

/** Relationships held at some time in the period, by the coachee. */
export const heldFigures: FigureFamily = (context): Promise<FamilyRow[]> =>
  runFamily(
    context,
    `SELECT r.coachee_id AS subject_id, held.on_date, r.programme, r.relationship_id
     FROM ${context.schema}.fact_relationship r ${heldDays(context)}
     WHERE ${HELD_IN_PERIOD}`,
    'count(DISTINCT b.relationship_id) AS held',
    (row) => ({ relationshipsHeld: count(row.held) }),
  );
