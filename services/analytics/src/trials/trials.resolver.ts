import { randomUUID } from 'node:crypto';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Pool } from 'pg';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError, withTransaction } from '@tapestry/eventsourcing';
import { PG_POOL, requireText, requireUuid, ServiceClock } from '@tapestry/nest-kit';
import { resolveScope } from '../scope/resolve-scope';
import { LIVE_SCHEMA } from '../warehouse/star-schema';
import { HorizonMonths } from '../graphql/analytics-enums';
import { FigureTables } from '../graphql/figure-tables';
import { AnalyticsScopeInput, FigureTableResult } from '../graphql/figure-table.types';
import { ensureTrialTables, TRIALS_SCHEMA } from './trial-tables';

export enum TrialArmType {
  NONE = 'none',
  COACHBOT = 'coachbot',
  COACHBOT_PLUS_COACH = 'coachbot_plus_coach',
  COACH = 'coach',
}
registerEnumType(TrialArmType, { name: 'TrialArm', description: 'An intervention arm: none, a coaching chatbot, the chatbot and a coach, or a coach' });

/** Defining trials and tagging people or whole teams with an arm: analysts and programme leads of the organisation. */
@Resolver()
export class TrialsResolver implements OnModuleInit {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly clock: ServiceClock,
    private readonly tables: FigureTables,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureTrialTables(this.pool);
  }

  @Mutation(() => ID, { description: 'Starts a trial in an organisation; returns its id' })
  async defineTrial(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('name') name: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string> {
    const scope = await this.trialScope(principal, organisationId);
    const trialId = randomUUID();
    await this.pool.query(`INSERT INTO ${TRIALS_SCHEMA}.trials (trial_id, organisation_id, name, defined_by) VALUES ($1, $2, $3, $4)`, [
      trialId,
      scope,
      requireText(name, 'name', 200),
      principal.personId,
    ]);
    return trialId;
  }

  @Mutation(() => Int, {
    description: 'Puts people, or everyone reporting to a line manager (a team), in an arm of a trial from today; returns how many were assigned',
  })
  async assignTrialArm(
    @Args('trialId', { type: () => ID }) trialIdInput: string,
    @Args('arm', { type: () => TrialArmType }) arm: TrialArmType,
    @Args('personIds', { type: () => [ID], nullable: true }) personIds: string[] | null,
    @Args('teamOfLineManagerId', { type: () => ID, nullable: true }) teamOf: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<number> {
    const trialId = requireUuid(trialIdInput, 'trialId');
    const trial = await this.trial(trialId);
    await this.trialScope(principal, trial.organisation_id);
    if (!personIds?.length && !teamOf) throw new DomainError('BAD_USER_INPUT', 'Name the people, or the line manager whose team, to put in the arm.', { field: 'personIds' });
    const named = (personIds ?? []).map((id, index) => requireUuid(id, `personIds[${index}]`));
    const { rows } = await this.pool.query<{ person_id: string }>(
      `SELECT DISTINCT person_id FROM ${LIVE_SCHEMA}.fact_employment_spell
       WHERE organisation_id = $1 AND valid_to IS NULL AND (person_id = ANY($2) OR ($3::text IS NOT NULL AND line_manager_id = $3))`,
      [trial.organisation_id, named, teamOf ? requireUuid(teamOf, 'teamOfLineManagerId') : null],
    );
    const found = new Set(rows.map((row) => row.person_id));
    const unknown = named.filter((id) => !found.has(id));
    if (unknown.length > 0) {
      throw new DomainError('UNKNOWN_PERSON', `${unknown.length} of the people named are not current staff of the trial’s organisation; nobody was assigned.`, {
        field: 'personIds',
      });
    }
    if (found.size === 0) throw new DomainError('EMPTY_TEAM', 'That line manager has no current team; nobody was assigned.', { field: 'teamOfLineManagerId' });
    const today = this.clock.now().toISOString().slice(0, 10);
    await withTransaction(this.pool, async (client) => {
      for (const personId of found) {
        await client.query(
          `INSERT INTO ${TRIALS_SCHEMA}.trial_assignments (trial_id, person_id, arm, assigned_on, assigned_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (trial_id, person_id) DO UPDATE SET arm = EXCLUDED.arm, assigned_on = EXCLUDED.assigned_on, assigned_by = EXCLUDED.assigned_by,
             assigned_at = now()`,
          [trialId, personId, arm, today, principal.personId],
        );
      }
    });
    return found.size;
  }

  @Query(() => FigureTableResult, { description: 'Retention and band increase per arm of a trial at the horizon, each arm against no intervention; suppressed' })
  async trialArms(
    @Args('scope') scope: AnalyticsScopeInput,
    @Args('trialId', { type: () => ID }) trialId: string,
    @Args('horizonMonths', { type: () => HorizonMonths, nullable: true }) horizon: HorizonMonths | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FigureTableResult> {
    return (await this.tables.publish(await this.tables.trialArms(principal, scope, trialId, horizon ?? 6))).result;
  }

  private async trial(trialId: string): Promise<{ organisation_id: string; name: string }> {
    const { rows } = await this.pool.query<{ organisation_id: string; name: string }>(`SELECT organisation_id, name FROM ${TRIALS_SCHEMA}.trials WHERE trial_id = $1`, [
      trialId,
    ]);
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'No trial has that id.', { field: 'trialId' });
    return rows[0];
  }

  /** Only analysts and programme leads over the organisation (directly or through its consortium) run its trials. */
  private async trialScope(principal: Principal, organisationId: string): Promise<string> {
    return (await resolveScope(this.pool, LIVE_SCHEMA, principal, { organisationId }, ['analyst', 'programme_lead'])).id;
  }
}
