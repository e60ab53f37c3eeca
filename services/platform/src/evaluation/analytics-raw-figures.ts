import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { CalendarDate } from '@tapestry/domain';
import type { ExpectedFigure } from './expected-figures';

/** A figure as analytics computes it before disclosure control (its RawFigure). */
export type RawFigure = ExpectedFigure | { kind: 'statistic'; value: number | null; base: number };

export interface RawFigureTable {
  dimensions: string[];
  rows: { key: string[]; figures: Record<string, RawFigure> }[];
}

export interface RawFiguresRequest {
  organisationId: string;
  period: { from: CalendarDate; to: CalendarDate };
  outcomes: { cohort: { from: CalendarDate; to: CalendarDate }; horizonMonths: 6 | 12 }[];
  asOf: CalendarDate;
}

/** As services/analytics/src/testing/print-raw-figures.ts prints them. */
export interface RawFigures {
  programme: RawFigureTable;
  programmeByMonth: RawFigureTable;
  /** One per requested cohort, in order. */
  outcomes: RawFigureTable[];
}

const ROOT = resolve(__dirname, '../../../..');

/**
 * Analytics' exact figures from its own database, computed by its own code. The launcher may not import a
 * service's internals (module boundaries), so the service's test helper runs as its own process, as the services
 * and their rebuild commands do.
 */
export async function readRawFigures(analyticsDatabaseUrl: string, request: RawFiguresRequest): Promise<RawFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'services/analytics/src/testing/print-raw-figures.ts', JSON.stringify(request)],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: analyticsDatabaseUrl }, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as RawFigures;
}
