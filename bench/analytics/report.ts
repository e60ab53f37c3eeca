import type { RawFigure } from '../../services/analytics/src/disclosure';
import { formatNumber, ratio, table } from '../eventstore/stats';
import type { ConsortiumYear } from './consortium-year';
import type { FamilyTiming, Timing } from './query-bench';
import type { BaselineMeasurement } from './raw-insert-baseline';
import type { RebuildMeasurement } from './rebuild-child';

export interface BenchReport {
  heading: string;
  applyBatch: number;
  rebuild: RebuildMeasurement;
  baseline: BaselineMeasurement;
  batched: BaselineMeasurement;
  queryRuns: string;
  groupedRows: number;
  grouped: Timing;
  whole: Timing;
  publish: Timing;
  count: Timing;
  families: FamilyTiming[];
  plansFile: string;
  check: string[][];
  sizes: Array<[string, number]>;
}

const perMessage = (run: BaselineMeasurement): number => (1000 * run.seconds) / run.messages;

function rebuildRow(name: string, run: BaselineMeasurement, baseline: BaselineMeasurement, rss: string): string[] {
  return [
    name,
    formatNumber(run.messages),
    formatNumber(run.seconds, 1),
    formatNumber(run.messages / run.seconds),
    formatNumber(perMessage(run), 2),
    rss,
    ratio(perMessage(run), perMessage(baseline)),
  ];
}

function rebuildSection(report: BenchReport): string {
  const { rebuild, baseline, batched } = report;
  const rss = `${formatNumber(rebuild.rssBeforeMb)} -> ${formatNumber(rebuild.peakRssMb)}`;
  return `## Rebuild: rebuildWarehouse replaying every topic from the beginning into a fresh schema\n${table(
    ['run', 'messages', 'seconds', 'messages/s', 'ms/message', 'peak RSS MB', 'ms/message vs baseline'],
    [
      rebuildRow('rebuildWarehouse', rebuild, baseline, rss),
      rebuildRow('baseline: raw INSERT, 1 tx/message', baseline, baseline, ''),
      rebuildRow(`what-if: applyMessage, ${report.applyBatch}/tx, no bus`, batched, baseline, ''),
    ],
  )}`;
}

function timeSplitSection({ rebuild }: BenchReport): string {
  const row = (name: string, calls: number, ms: number): string[] => [
    name,
    formatNumber(calls),
    formatNumber(calls / rebuild.messages, 1),
    formatNumber(ms / 1000, 1),
    formatNumber(ms / rebuild.messages, 3),
  ];
  const rest = rebuild.seconds - (rebuild.analyticsMs + rebuild.busMs) / 1000;
  const split = table(
    ['database', 'statements', 'per message', 'seconds', 'ms per message'],
    [
      row('analytics (applyMessage)', rebuild.analyticsCalls, rebuild.analyticsMs),
      row('bus (embedded transport)', rebuild.busCalls, rebuild.busMs),
      ['everything else (decode, JS, waits)', '', '', formatNumber(rest, 1), formatNumber((1000 * rest) / rebuild.messages, 3)],
    ],
  );
  const statements = table(
    ['slowest statements', 'database', 'calls', 'seconds', 'ms each'],
    rebuild.topStatements
      .slice(0, 8)
      .map((entry) => [
        entry.statement.slice(0, 80),
        entry.database,
        formatNumber(entry.calls),
        formatNumber(entry.ms / 1000, 1),
        formatNumber(entry.ms / entry.calls, 3),
      ]),
  );
  return `## Where the rebuild's time goes (statement times seen by the client, round trips included)\n${split}\n\n${statements}`;
}

function querySection(report: BenchReport): string {
  const row = (name: string, rows: number, timing: Timing, digits = 1): string[] => [
    name,
    formatNumber(rows),
    formatNumber(timing.p50, digits),
    formatNumber(timing.p99, digits),
    ratio(timing.p50, report.count.p50),
  ];
  return `## Queries: whole consortium, the year 2025, programme GENERAL (${report.queryRuns})\n${table(
    ['query', 'rows', 'p50 ms', 'p99 ms', 'p50 vs count(*)'],
    [
      row('programmeMetricsTable by organisation, month', report.groupedRows, report.grouped),
      row('programmeMetricsTable ungrouped', 1, report.whole),
      row('publishTable (disclosure) of the grouped table', report.groupedRows, report.publish),
      row('baseline: SELECT count(*) FROM fact_session', 1, report.count, 2),
    ],
  )}`;
}

export function renderReport(report: BenchReport): string {
  return [
    report.heading,
    rebuildSection(report),
    timeSplitSection(report),
    querySection(report),
    `## Figure families, grouped by organisation and month (median of 3 runs each)\n${table(
      ['family', 'ms'],
      report.families.map((timing) => [timing.family, formatNumber(timing.medianMs, 1)]),
    )}\nEXPLAIN ANALYZE of the three slowest: ${report.plansFile}`,
    `## Warehouse check: ungrouped figures against the events generated\n${table(['figure', 'warehouse', 'generated', 'equal'], report.check)}`,
    `## Warehouse rows\n${table(['table', 'rows'], report.sizes.map(([name, rows]) => [name, formatNumber(rows)]))}`,
  ].join('\n\n');
}

const figureValue = (figure: RawFigure | undefined): number => (figure?.kind === 'count' ? figure.value : Number.NaN);

/** Figures the warehouse must give for the whole consortium and year, against the generator's own event counts. */
export function warehouseCheck(year: ConsortiumYear, figures: Record<string, RawFigure>): { rows: string[][]; ok: boolean } {
  const expected: Array<[string, string]> = [
    ['requests', 'SupportRequested'],
    ['introductions', 'RelationshipIntroduced'],
    ['introductionsDeclined', 'RelationshipDeclined'],
    ['sessionsHeld', 'SessionLogged'],
    ['sessionsCancelled', 'SessionCancelled'],
    ['relationshipsClosed', 'RelationshipClosed'],
    ['peopleTrained', 'CourseCompleted'],
  ];
  const rows = expected.map(([figure, type]) => {
    const got = figureValue(figures[figure]);
    const want = year.counts.get(type) ?? 0;
    return [figure, formatNumber(got), `${formatNumber(want)} ${type}`, got === want ? 'yes' : 'NO'];
  });
  return { rows, ok: rows.every((row) => row[3] === 'yes') };
}
