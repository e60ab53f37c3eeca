import type { Pool } from 'pg';
import type { Queryable } from '@tapestry/eventsourcing';
import { publishTable, type FigureTable } from '../../services/analytics/src/disclosure';
import {
  cadenceFigures,
  chemistryFigures,
  closureFigures,
  firstSessionFigures,
  heldFigures,
  introductionFigures,
  requestFigures,
  sessionFigures,
} from '../../services/analytics/src/metrics/demand-figures';
import { withFiguresTransaction } from '../../services/analytics/src/metrics/figures-transaction';
import type { FigureFamily, MetricsContext } from '../../services/analytics/src/metrics/metrics-context';
import { programmeMetricsTable } from '../../services/analytics/src/metrics/programme-metrics';
import { backlogFigures, loadSpreadFigures, poolFigures, supervisionFigures, trainingFigures } from '../../services/analytics/src/metrics/supply-figures';
import type { GroupDimension, ResolvedScope } from '../../services/analytics/src/scope/scope';
import { LIVE_SCHEMA } from '../../services/analytics/src/warehouse/star-schema';
import { percentile } from '../eventstore/stats';
import { PERIOD } from './calendar';

/** The families programmeMetricsTable runs, one after another, by name: to see which of them the time goes to. */
const FAMILIES: ReadonlyArray<readonly [string, FigureFamily]> = [
  ['training', trainingFigures],
  ['pool', poolFigures],
  ['backlog', backlogFigures],
  ['requests', requestFigures],
  ['introductions', introductionFigures],
  ['first session', firstSessionFigures],
  ['chemistry', chemistryFigures],
  ['held', heldFigures],
  ['closures', closureFigures],
  ['sessions', sessionFigures],
  ['cadence', cadenceFigures],
  ['load spread', loadSpreadFigures],
  ['supervision', supervisionFigures],
];

export interface Timing {
  p50: number;
  p99: number;
}

export interface FamilyTiming {
  family: string;
  medianMs: number;
  statements: Array<{ sql: string; params: unknown[] }>;
}

export function consortiumContext(pool: Pool, scope: { consortiumId: string; organisationIds: string[] }, groupBy: GroupDimension[]): MetricsContext {
  const resolved: ResolvedScope = {
    kind: 'consortium',
    id: scope.consortiumId,
    name: 'Consortium',
    organisationIds: scope.organisationIds,
    siteId: null,
    directorateId: null,
    staffGroup: null,
  };
  return { db: pool, schema: LIVE_SCHEMA, scope: resolved, period: PERIOD, programme: 'GENERAL', groupBy };
}

/** Runs `work` `warmups` times unmeasured, then `runs` times measured, one after another. */
export async function timeRuns(runs: number, warmups: number, work: () => unknown): Promise<Timing> {
  for (let n = 0; n < warmups; n += 1) await work();
  const samples: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

export const metricsTable = (context: MetricsContext): Promise<FigureTable> => programmeMetricsTable(context);

export const publish = (table: FigureTable): unknown => publishTable(table);

export const countSessions = (pool: Pool): Promise<unknown> => pool.query(`SELECT count(*) FROM ${LIVE_SCHEMA}.fact_session`);

/** Each family alone, `runs` times, in the transaction programmeMetricsTable gives them; the statements it ran are kept for EXPLAIN. */
export async function timeFamilies(context: MetricsContext, runs: number): Promise<FamilyTiming[]> {
  const timings: FamilyTiming[] = [];
  for (const [family, run] of FAMILIES) {
    const statements: Array<{ sql: string; params: unknown[] }> = [];
    const recording = (db: Queryable) => ({
      query: (sql: string, params: unknown[]) => {
        if (statements.length < 4) statements.push({ sql, params });
        return db.query(sql, params);
      },
    });
    const samples: number[] = [];
    for (let n = 0; n < runs; n += 1) {
      statements.length = 0;
      const started = performance.now();
      // Families call db.query(sql, params) only; pg's full overload set is not needed to record that.
      await withFiguresTransaction(context.db, (db) => run({ ...context, db: recording(db) as unknown as Queryable }));
      samples.push(performance.now() - started);
    }
    timings.push({ family, medianMs: percentile(samples, 0.5), statements });
  }
  return timings;
}

/** Exact row counts of the warehouse's non-empty tables, largest first. */
export async function warehouseRows(pool: Pool): Promise<Array<[string, number]>> {
  const { rows: tables } = await pool.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1`, [LIVE_SCHEMA]);
  const counted: Array<[string, number]> = [];
  for (const { name } of tables) {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${LIVE_SCHEMA}."${name}"`);
    if (Number(rows[0].n) > 0) counted.push([name, Number(rows[0].n)]);
  }
  return counted.sort((a, b) => b[1] - a[1]);
}

/** EXPLAIN ANALYZE of a family's statements, as text, with the settings programmeMetricsTable runs them with. */
export async function explain(pool: Pool, timing: FamilyTiming): Promise<string> {
  const plans: string[] = [];
  for (const { sql, params } of timing.statements) {
    const { rows } = await withFiguresTransaction(pool, (db) => db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params));
    plans.push(`-- ${timing.family}\n${sql.trim()}\n\n${rows.map((row) => row['QUERY PLAN']).join('\n')}`);
  }
  return plans.join('\n\n');
}
