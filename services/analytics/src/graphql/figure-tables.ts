import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import type { Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { PG_POOL, requireUuid, ServiceClock } from '@tapestry/nest-kit';
import type { FigureTable } from '../disclosure/figures';
import { emptyFigure, PROGRAMME_FIGURES } from '../metrics/figure-catalogue';
import { programmeMetricsTable } from '../metrics/programme-metrics';
import { compareTrialArms, TRIAL_ARMS, trialArmFigures, type HorizonMonths as Horizon, type TrialArm } from '../outcomes';
import { loadSpells } from '../outcomes-query/load-outcome-inputs';
import { OUTCOME_LABELS, outcomesTable } from '../outcomes-query/outcomes-table';
import { RECIPROCITY_LABELS, reciprocityTable } from '../reciprocity/reciprocity-table';
import { parsePeriod } from '../scope/parse-period';
import { resolveScope } from '../scope/resolve-scope';
import type { GroupDimension } from '../scope/scope';
import type { ScopeRequest } from '../scope/scope-input';
import { TRIALS_SCHEMA } from '../trials/trial-tables';
import { LIVE_SCHEMA } from '../warehouse/star-schema';
import { publishForCaller, type TableDescription } from './figure-gate';
import type { FigureTableResult } from './figure-table.types';
import { KeyLabeller, programmeLabel } from './key-labels';

export const PROGRAMME_FIGURE_LABELS = Object.fromEntries(PROGRAMME_FIGURES.map((figure) => [figure.name, figure.label]));

const OUTCOME_NOTES = [
  'Participants are people whose first relationship (as coachee, mentee, coach or mentor) began in the cohort period, observed to the horizon.',
  'The comparison group is people who had not taken part by the end of the participant’s index month (a target-trial design), matched exactly on organisation, staff group, Agenda for Change band and length of service, weighted to the participants’ mix.',
  'Differences are in percentage points with 95% confidence intervals (Newcombe’s hybrid score method, comparison side on its effective sample size).',
  'Promotion is a band increase with a change of job title; a band increase alone may be a regrading.',
];

const ARM_LABELS: Record<TrialArm, string> = { none: 'No intervention', coachbot: 'Coachbot', coachbot_plus_coach: 'Coachbot and coach', coach: 'Coach' };

/** An exact table and how to describe it: what every figure query computes before the gate publishes it. */
export interface ComputedTable {
  raw: FigureTable;
  description: TableDescription;
}

export interface Published extends ComputedTable {
  result: FigureTableResult;
  /** The names the keys were labelled with: an export labels its rows with the same, without reading them again. */
  labeller: KeyLabeller;
  published: ReturnType<typeof publishForCaller>['published'];
}

/**
 * The figure tables, each computed for a caller in scope and published through the one disclosure gate. The GraphQL
 * queries and the CSV export both come here, so an export is suppressed exactly as the query is.
 */
@Injectable()
export class FigureTables {
  constructor(
    @Inject(PG_POOL) readonly pool: Pool,
    private readonly clock: ServiceClock,
  ) {}

  async publish(computed: ComputedTable): Promise<Published> {
    const labeller = await KeyLabeller.load(this.pool, LIVE_SCHEMA);
    return { ...computed, labeller, ...publishForCaller(computed.raw, computed.description, labeller) };
  }

  async programmeMetrics(principal: Principal, scope: ScopeRequest, from: string, to: string, programme: string | null, groupBy: GroupDimension[]): Promise<ComputedTable> {
    const period = parsePeriod(from, to);
    const resolved = await resolveScope(this.pool, LIVE_SCHEMA, principal, scope);
    const raw = await programmeMetricsTable({ db: this.pool, schema: LIVE_SCHEMA, scope: resolved, period, programme, groupBy });
    return { raw, description: { title: `${programmeLabel(programme)}: ${period.from} to ${period.to}`, scopeName: resolved.name, labels: PROGRAMME_FIGURE_LABELS } };
  }

  async outcomes(principal: Principal, scope: ScopeRequest, cohortFrom: string, cohortTo: string, horizonMonths: Horizon, programme: string | null): Promise<ComputedTable> {
    const cohort = parsePeriod(cohortFrom, cohortTo, ['cohortFrom', 'cohortTo']);
    const resolved = await resolveScope(this.pool, LIVE_SCHEMA, principal, scope);
    const raw = await outcomesTable(this.pool, LIVE_SCHEMA, resolved, cohort, horizonMonths, programme, this.today());
    return {
      raw,
      description: {
        title: `Outcomes at ${horizonMonths} months: ${programmeLabel(programme)}, cohort ${cohort.from} to ${cohort.to}`,
        scopeName: resolved.name,
        labels: OUTCOME_LABELS,
        notes: OUTCOME_NOTES,
      },
    };
  }

  async reciprocity(principal: Principal, consortiumId: string, from: string, to: string): Promise<ComputedTable> {
    const period = parsePeriod(from, to);
    const resolved = await resolveScope(this.pool, LIVE_SCHEMA, principal, { consortiumId: requireUuid(consortiumId, 'consortiumId') });
    return {
      raw: await reciprocityTable(this.pool, LIVE_SCHEMA, resolved, period),
      description: {
        title: `Reciprocity: ${period.from} to ${period.to}`,
        scopeName: resolved.name,
        labels: RECIPROCITY_LABELS,
        notes: ['Rows are the giving organisation (the coach’s or mentor’s) and the receiving one (the coachee’s or mentee’s).'],
      },
    };
  }

  async trialArms(principal: Principal, scope: ScopeRequest, trialIdInput: string, horizonMonths: Horizon): Promise<ComputedTable> {
    const resolved = await resolveScope(this.pool, LIVE_SCHEMA, principal, scope);
    const trialId = requireUuid(trialIdInput, 'trialId');
    const { rows: trials } = await this.pool.query<{ organisation_id: string; name: string }>(
      `SELECT organisation_id, name FROM ${TRIALS_SCHEMA}.trials WHERE trial_id = $1`,
      [trialId],
    );
    const trial = trials[0];
    if (!trial || !resolved.organisationIds.includes(trial.organisation_id)) throw new DomainError('NOT_FOUND', 'No trial with that id in this scope.', { field: 'trialId' });
    const { rows } = await this.pool.query<{ person_id: string; arm: TrialArm; assigned_on: string }>(
      `SELECT person_id, arm, to_char(assigned_on, 'YYYY-MM-DD') AS assigned_on FROM ${TRIALS_SCHEMA}.trial_assignments WHERE trial_id = $1`,
      [trialId],
    );
    const comparison = compareTrialArms({
      spells: await loadSpells(this.pool, LIVE_SCHEMA, [trial.organisation_id]),
      assignments: rows.map((row) => ({ trialId, arm: row.arm, personId: row.person_id, assignedOn: row.assigned_on })),
      horizonMonths,
      asOf: this.today(),
    });
    const figures = trialArmFigures(comparison);
    // The no-intervention arm has no difference from itself: its row shows those figures as having no base.
    const kinds = new Map(TRIAL_ARMS.flatMap((arm) => Object.entries(figures[arm]).map(([name, figure]) => [name, figure.kind] as const)));
    const complete = (arm: TrialArm) => ({ ...Object.fromEntries([...kinds].map(([name, kind]) => [name, emptyFigure(kind)])), ...figures[arm] });
    return {
      raw: { dimensions: ['arm'], rows: TRIAL_ARMS.map((arm) => ({ key: [arm], figures: complete(arm) })) },
      description: {
        title: `${trial.name}: arms at ${horizonMonths} months`,
        scopeName: resolved.name,
        labels: {
          assigned: 'Assigned',
          retention: 'Retained (%)',
          bandIncrease: 'Band increase (%)',
          retentionDifference: 'Retention against no intervention (points)',
          bandIncreaseDifference: 'Band increase against no intervention (points)',
        },
        notes: TRIAL_ARMS.map((arm) => `${arm}: ${ARM_LABELS[arm]}`),
      },
    };
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}
