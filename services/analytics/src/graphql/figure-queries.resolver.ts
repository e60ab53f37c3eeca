import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { AnalyticsGroupBy, AnalyticsProgramme, HorizonMonths } from './analytics-enums';
import { parseGroupBy } from './group-by';
import { AnalyticsScopeInput, FigureTableResult } from './figure-table.types';
import { FigureTables } from './figure-tables';

/** The figure queries. Each computes an exact table and returns what the disclosure gate published of it. */
@Resolver()
export class FigureQueriesResolver {
  constructor(private readonly tables: FigureTables) {}

  @Query(() => FigureTableResult, {
    description: 'Programme figures for a scope and period (from and to are days, inclusive), optionally for one programme and broken down; suppressed',
  })
  async programmeMetrics(
    @Args('scope') scope: AnalyticsScopeInput,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('programme', { type: () => AnalyticsProgramme, nullable: true }) programme: AnalyticsProgramme | null,
    @Args('groupBy', { type: () => [AnalyticsGroupBy], nullable: true }) groupBy: AnalyticsGroupBy[] | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FigureTableResult> {
    return (await this.tables.publish(await this.tables.programmeMetrics(principal, scope, from, to, programme ?? null, parseGroupBy(groupBy)))).result;
  }

  @Query(() => FigureTableResult, {
    description: 'Retention and progression at 6, 12 or 24 months of those who began taking part in the cohort period, against a matched comparison group; suppressed',
  })
  async outcomes(
    @Args('scope') scope: AnalyticsScopeInput,
    @Args('cohortFrom') cohortFrom: string,
    @Args('cohortTo') cohortTo: string,
    @Args('horizonMonths', { type: () => HorizonMonths }) horizonMonths: HorizonMonths,
    @Args('programme', { type: () => AnalyticsProgramme, nullable: true }) programme: AnalyticsProgramme | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FigureTableResult> {
    return (await this.tables.publish(await this.tables.outcomes(principal, scope, cohortFrom, cohortTo, horizonMonths, programme ?? null))).result;
  }

  @Query(() => FigureTableResult, {
    description: 'For each pair of consortium members: coaching and mentoring relationships and hours one gave the other in the period; suppressed',
  })
  async reciprocity(
    @Args('consortiumId', { type: () => ID }) consortiumId: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FigureTableResult> {
    return (await this.tables.publish(await this.tables.reciprocity(principal, consortiumId, from, to))).result;
  }
}
