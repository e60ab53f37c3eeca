import { Pool } from 'pg';
import type { FigureTable } from '../disclosure/figures';
import { programmeMetricsTable } from '../metrics/programme-metrics';
import type { HorizonMonths } from '../outcomes';
import { outcomesTable } from '../outcomes-query/outcomes-table';
import type { Period, ResolvedScope } from '../scope/scope';
import { LIVE_SCHEMA } from '../warehouse/star-schema';

/** One organisation's exact figures for a period (ungrouped and by month) and its outcomes for some cohorts. */
export interface RawFiguresRequest {
  organisationId: string;
  period: Period;
  outcomes: { cohort: Period; horizonMonths: HorizonMonths }[];
  /** The day outcomes are known to (the service's today when it answers a query). */
  asOf: string;
}

export interface RawFigures {
  programme: FigureTable;
  programmeByMonth: FigureTable;
  outcomes: FigureTable[];
}

/**
 * For tests outside the service (the platform's end-to-end scenario), which may not import the service's code: run
 * as a process with the service's DATABASE_URL and a RawFiguresRequest as JSON in the first argument, it prints the
 * figures the service computes before disclosure control, as JSON. Never part of the service: raw figures must not
 * leave it in production, and nothing but a test starts this.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const argument = process.argv[2];
  if (!databaseUrl || !argument) throw new Error('Usage: DATABASE_URL=... print-raw-figures.ts \'{"organisationId":...}\'');
  const request = JSON.parse(argument) as RawFiguresRequest;
  const scope: ResolvedScope = {
    kind: 'organisation',
    id: request.organisationId,
    name: request.organisationId,
    organisationIds: [request.organisationId],
    siteId: null,
    directorateId: null,
    staffGroup: null,
  };
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const metrics = (groupBy: 'month'[]) => programmeMetricsTable({ db: pool, schema: LIVE_SCHEMA, scope, period: request.period, programme: null, groupBy });
    const figures: RawFigures = {
      programme: await metrics([]),
      programmeByMonth: await metrics(['month']),
      outcomes: [],
    };
    for (const { cohort, horizonMonths } of request.outcomes) {
      figures.outcomes.push(await outcomesTable(pool, LIVE_SCHEMA, scope, cohort, horizonMonths, null, request.asOf));
    }
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
