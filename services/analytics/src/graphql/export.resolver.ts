import { Args, Field, ID, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { tableToCsv } from '../export';
import { AnalyticsGroupBy, AnalyticsProgramme, FigureTableKind, HorizonMonths } from './analytics-enums';
import { AnalyticsScopeInput } from './figure-table.types';
import { FigureTables, type ComputedTable, type Published } from './figure-tables';
import { parseGroupBy } from './group-by';

@InputType({ description: 'Which figure table to export, with the arguments its query takes' })
export class ExportQueryInput {
  @Field(() => FigureTableKind) table!: FigureTableKind;
  @Field(() => AnalyticsScopeInput, { nullable: true }) scope?: AnalyticsScopeInput | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => AnalyticsProgramme, { nullable: true }) programme?: AnalyticsProgramme | null;
  @Field(() => [AnalyticsGroupBy], { nullable: true }) groupBy?: AnalyticsGroupBy[] | null;
  @Field(() => String, { nullable: true }) cohortFrom?: string | null;
  @Field(() => String, { nullable: true }) cohortTo?: string | null;
  @Field(() => HorizonMonths, { nullable: true }) horizonMonths?: HorizonMonths | null;
  @Field(() => ID, { nullable: true }) trialId?: string | null;
  @Field(() => ID, { nullable: true }) consortiumId?: string | null;
}

@ObjectType({ description: 'A figure table as CSV (RFC 4180), suppressed exactly as the query is' })
export class CsvExport {
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field() csv!: string;
}

function required<T>(value: T | null | undefined, field: string, table: string): T {
  if (value === null || value === undefined || value === '') {
    throw new DomainError('BAD_USER_INPUT', `Exporting ${table} needs ${field}.`, { field: `query.${field}` });
  }
  return value;
}

@Resolver()
export class ExportResolver {
  constructor(private readonly tables: FigureTables) {}

  @Query(() => CsvExport, { description: 'Any figure table as CSV, suppressed as the query is: [c] confidential (suppressed), [w] withheld (base under 8), [x] not available' })
  async exportCsv(@Args('query') query: ExportQueryInput, @CurrentPrincipal() principal: Principal): Promise<CsvExport> {
    const published = await this.tables.publish(await this.compute(query, principal));
    const csv = tableToCsv(published.published, {
      figureNames: Object.keys(published.raw.rows[0]?.figures ?? {}),
      figureLabels: published.description.labels,
      keyLabels: (dimension, key) => published.labeller.label(dimension, key),
    });
    return { fileName: fileNameOf(query.table, published), contentType: 'text/csv; charset=utf-8', csv };
  }

  private compute(query: ExportQueryInput, principal: Principal): Promise<ComputedTable> {
    const table = query.table;
    switch (table) {
      case FigureTableKind.PROGRAMME_METRICS:
        return this.tables.programmeMetrics(
          principal,
          required(query.scope, 'scope', table),
          required(query.from, 'from', table),
          required(query.to, 'to', table),
          query.programme ?? null,
          parseGroupBy(query.groupBy),
        );
      case FigureTableKind.OUTCOMES:
        return this.tables.outcomes(
          principal,
          required(query.scope, 'scope', table),
          required(query.cohortFrom, 'cohortFrom', table),
          required(query.cohortTo, 'cohortTo', table),
          required(query.horizonMonths, 'horizonMonths', table),
          query.programme ?? null,
        );
      case FigureTableKind.TRIAL_ARMS:
        return this.tables.trialArms(principal, required(query.scope, 'scope', table), required(query.trialId, 'trialId', table), (query.horizonMonths ?? 6));
      case FigureTableKind.RECIPROCITY:
        return this.tables.reciprocity(principal, required(query.consortiumId, 'consortiumId', table), required(query.from, 'from', table), required(query.to, 'to', table));
    }
  }
}

function fileNameOf(table: FigureTableKind, published: Published): string {
  const slug = `${published.description.scopeName}-${table}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}.csv`;
}
