import type { Queryable } from '@tapestry/eventsourcing';
import type { FigureTable, RawFigure } from '../disclosure/figures';
import { count, rate, statistic } from '../metrics/metrics-context';
import { programmeMetricsTable } from '../metrics/programme-metrics';
import { compareOutcomes } from '../outcomes';
import { loadParticipations, loadSpells } from '../outcomes-query/load-outcome-inputs';
import type { ResolvedScope } from '../scope/scope';

/**
 * Every exact figure the evidence pack for a programme and year quotes, as one row, so that the pack's figures pass
 * the same disclosure gate as any table.
 */
export async function evidenceFiguresTable(db: Queryable, schema: string, scope: ResolvedScope, programme: string, year: number, asOf: string): Promise<FigureTable> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const metrics = (await programmeMetricsTable({ db, schema, scope, period, programme, groupBy: [] })).rows[0].figures;
  const orgs = scope.organisationIds;
  const one = async (sql: string, params: unknown[]): Promise<Record<string, unknown>> => (await db.query<Record<string, unknown>>(sql, params)).rows[0] ?? {};
  const rounds = await one(
    `SELECT count(*) AS rounds FROM ${schema}.fact_round WHERE (scope_id = ANY($1) OR scope_id = $2) AND programme = $3 AND run_at >= $4::date AND run_at < $5::date + 1`,
    [orgs, scope.id, programme, period.from, period.to],
  );
  const approvals = await one(
    `SELECT count(*) FILTER (WHERE decision = 'granted') AS granted, count(*) FILTER (WHERE decision IN ('granted', 'declined')) AS decided
     FROM ${schema}.fact_interest WHERE organisation_id = ANY($1) AND programme = $2 AND decided_at >= $3::date AND decided_at < $4::date + 1`,
    [orgs, programme, period.from, period.to],
  );
  const accreditations = await one(
    `SELECT count(*) AS awarded FROM ${schema}.fact_accreditation WHERE organisation_id = ANY($1) AND awarded_at >= $2::date AND awarded_at < $3::date + 1`,
    [orgs, period.from, period.to],
  );
  const declines = await one(
    `SELECT count(*) AS declined, count(*) FILTER (WHERE q.withdrawn_at IS NULL OR q.withdrawn_at > r.declined_at) AS returned
     FROM ${schema}.fact_relationship r LEFT JOIN ${schema}.fact_request q USING (request_id)
     WHERE r.coachee_organisation_id = ANY($1) AND r.programme = $2 AND r.declined_at >= $3::date AND r.declined_at < $4::date + 1`,
    [orgs, programme, period.from, period.to],
  );
  const supervision = await one(
    `SELECT count(*) AS sessions, sum(duration_minutes) / 60.0 AS hours FROM ${schema}.fact_supervision_session
     WHERE organisation_id = ANY($1) AND held_on BETWEEN $2::date AND $3::date`,
    [orgs, period.from, period.to],
  );
  const closures = await one(
    `SELECT count(*) AS closed, count(*) FILTER (WHERE closure_outcome = 'ACHIEVED') AS achieved FROM ${schema}.fact_relationship
     WHERE coachee_organisation_id = ANY($1) AND programme = $2 AND closed_on BETWEEN $3::date AND $4::date`,
    [orgs, programme, period.from, period.to],
  );
  const retention = compareOutcomes({
    spells: await loadSpells(db, schema, orgs),
    participations: (await loadParticipations(db, schema)).filter((participation) => participation.programme === programme),
    cohortFrom: period.from,
    cohortTo: period.to,
    horizonMonths: 12,
    asOf,
  }).retention.participants;
  const heldValue = (figure: RawFigure): number => (figure.kind === 'count' ? figure.value : 0);
  const held = heldValue(metrics.sessionsHeld);
  const cancelled = heldValue(metrics.sessionsCancelled);
  const figures: Record<string, RawFigure> = {
    requestsReceived: metrics.requests,
    relationshipsStarted: count(metrics.chemistrySuccess.kind === 'rate' ? metrics.chemistrySuccess.numerator : 0),
    completedTraining: metrics.peopleTrained,
    eligibleAtYearEnd: metrics.poolEligible,
    managerApprovalsGranted: rate(approvals.granted, approvals.decided),
    accreditationsAwarded: count(accreditations.awarded),
    matchingRounds: count(rounds.rounds),
    pairsIntroduced: metrics.introductions,
    medianDaysToIntroduction: metrics.daysRequestToMatchMedian,
    introductionsNotProceeded: count(declines.declined),
    returnedToNextRound: rate(declines.returned, declines.declined),
    withNamedSupervisor: metrics.supervisionCoverage,
    supervisionSessions: count(supervision.sessions),
    supervisionHours: statistic(supervision.hours ?? null, supervision.sessions),
    coachesPaused: metrics.poolPaused,
    sessionsHeld: metrics.sessionsHeld,
    sessionsCancelled: rate(cancelled, held + cancelled),
    relationshipsClosed: count(closures.closed),
    goalsAchieved: rate(closures.achieved, closures.closed),
    stillWithEmployerAfterTwelveMonths: rate(retention.events, retention.n),
  };
  return { dimensions: [], rows: [{ key: [], figures }] };
}
