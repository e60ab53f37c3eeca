import type { Queryable } from '@tapestry/eventsourcing';
import type { RawFigure } from '../disclosure/figures';
import type { GroupDimension, Period, ResolvedScope } from '../scope/scope';
import { groupedQuery } from './grouped-query';

export interface MetricsContext {
  db: Queryable;
  schema: string;
  scope: ResolvedScope;
  period: Period;
  programme: string | null;
  groupBy: readonly GroupDimension[];
}

export interface FamilyRow {
  key: string[];
  figures: Record<string, RawFigure>;
}

export type FigureFamily = (context: MetricsContext) => Promise<FamilyRow[]>;

type Row = Record<string, unknown>;

/** Runs a family's grouped query and turns each row into its group key and figures. */
export async function runFamily(
  context: MetricsContext,
  base: string,
  aggregates: string,
  toFigures: (row: Row) => Record<string, RawFigure>,
  innerGroup: string[] = [],
): Promise<FamilyRow[]> {
  const { sql, params } = groupedQuery({ ...context, base, aggregates, innerGroup });
  const { rows } = await context.db.query<Row>(sql, params);
  return rows.map((row) => ({ key: keyOf(context.groupBy, row), figures: toFigures(row) }));
}

export function keyOf(groupBy: readonly GroupDimension[], row: Row): string[] {
  return groupBy.map((dimension) => {
    const value = row[`g_${dimension}`];
    return typeof value === 'string' ? value : '';
  });
}

export const count = (value: unknown): RawFigure => ({ kind: 'count', value: Number(value ?? 0) });
export const rate = (numerator: unknown, base: unknown): RawFigure => ({ kind: 'rate', numerator: Number(numerator ?? 0), base: Number(base ?? 0) });
export const statistic = (value: unknown, base: unknown): RawFigure => ({
  kind: 'statistic',
  value: value === null || value === undefined ? null : Number(value),
  base: Number(base ?? 0),
});

/**
 * The days stocks (pool, backlog) are counted on: the period's last day, or each month's last day within the period
 * when grouped by month.
 */
export function asAtDays(context: MetricsContext): string {
  return context.groupBy.includes('month')
    ? `SELECT least((d + interval '1 month' - interval '1 day')::date, $2::date) AS as_at
       FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') d`
    : 'SELECT $2::date AS as_at';
}

/**
 * The days a relationship r is counted on while it is held: each month of the period it was held in (from the later of
 * the month's and its own start) when grouped by month; otherwise once, on the later of its start and the period's.
 */
export function heldDays(context: MetricsContext): string {
  return context.groupBy.includes('month')
    ? `CROSS JOIN LATERAL (
         SELECT greatest(m::date, r.introduced_at::date) AS on_date
         FROM generate_series(date_trunc('month', greatest($1::date, r.introduced_at::date)), least($2::date, coalesce(r.closed_on, $2::date)), interval '1 month') m
       ) held`
    : 'CROSS JOIN LATERAL (SELECT greatest(r.introduced_at::date, $1::date) AS on_date) held';
}

/** Relationships held at some time in the period (introduced by its end, not declined, not closed before it). */
export const HELD_IN_PERIOD = `r.introduced_at < $2::date + 1 AND r.declined_at IS NULL AND (r.closed_on IS NULL OR r.closed_on >= $1::date)
       AND ($3::text IS NULL OR r.programme = $3)`;
