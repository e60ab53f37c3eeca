import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { startEmbeddedPostgres } from '@tapestry/embedded';
import type { FigureTable } from '../../services/analytics/src/disclosure';
import { ensureStarSchema, LIVE_SCHEMA } from '../../services/analytics/src/warehouse/star-schema';
import { formatNumber } from '../eventstore/stats';
import { batchedApply } from './batched-apply';
import { FULL_STAFF, generateConsortiumYear } from './consortium-year';
import { consortiumContext, explain, metricsTable, timeFamilies, timeRuns } from './query-bench';
import { warehouseCheck } from './report';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/**
 * The query half of run.ts against a warehouse kept between runs, to try a change to the figures' SQL or indexes
 * without the 10-minute rebuild each time:
 *
 *   BENCH_DATA_DIR=/tmp/warehouse node -r @swc-node/register bench/analytics/query-only.ts --scale 1
 *
 * The first run generates the year and applies it with applyMessage, 1,000 messages per transaction (fsync off: the
 * queries do not depend on how the rows were committed), into a PostgreSQL kept in BENCH_DATA_DIR; later runs reuse it
 * after ensureStarSchema (as the service does on start, so new indexes are made). It writes the exact figure tables to
 * figures.json there the first time and, on every later run, fails if they differ: a change must not move a figure.
 * BENCH_QUERY_RUNS (default 10) measured runs after 2 warm-ups. A change to what applyMessage writes needs a fresh
 * folder.
 */
async function main(): Promise<void> {
  const dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) throw new Error('Set BENCH_DATA_DIR to a folder to keep the warehouse in.');
  const flag = process.argv.indexOf('--scale');
  const scale = Number(flag < 0 ? (process.env.BENCH_SCALE ?? '0.1') : process.argv[flag + 1]);
  const seed = Number(process.env.BENCH_SEED ?? 20250602);
  const runs = Number(process.env.BENCH_QUERY_RUNS ?? 10);
  const pgDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  log(`generating a year for ${formatNumber(Math.round(FULL_STAFF * scale))} staff (seed ${seed})`);
  const year = generateConsortiumYear(seed, Math.round(FULL_STAFF * scale));
  const server = await startEmbeddedPostgres({ dataDir: pgDir, persistent: true, unsafeFast: true });
  try {
    if (fresh) {
      const admin = new Client(server.url());
      await admin.connect();
      await admin.query('CREATE DATABASE bench_analytics').finally(() => admin.end());
    }
    const pool = new Pool({ connectionString: server.url('bench_analytics'), max: 4 });
    try {
      if (fresh) {
        log(`applying ${formatNumber(year.messages.length)} messages`);
        const applied = await batchedApply(pool, year.messages, 1_000);
        log(`applied in ${formatNumber(applied.seconds, 1)} s`);
        await pool.query('VACUUM ANALYZE');
      }
      const schemaStarted = performance.now();
      await ensureStarSchema(pool, LIVE_SCHEMA);
      log(`ensureStarSchema: ${formatNumber(performance.now() - schemaStarted)} ms`);
      await pool.query('ANALYZE');

      const whole = consortiumContext(pool, year, []);
      const grouped = consortiumContext(pool, year, ['organisation', 'month']);
      const tables = { grouped: await metricsTable(grouped), whole: await metricsTable(whole) };
      const check = warehouseCheck(year, tables.whole.rows[0]?.figures ?? {});
      if (!check.ok) throw new Error(`the warehouse did not reproduce the generated counts:\n${check.rows.map((row) => row.join(' ')).join('\n')}`);
      await compareFigures(join(dataDir, 'figures.json'), tables, fresh || !existsSync(join(dataDir, 'figures.json')));

      log(`queries: ${runs} runs after 2 warm-ups each`);
      const groupedTiming = await timeRuns(runs, 2, () => metricsTable(grouped));
      const wholeTiming = await timeRuns(runs, 2, () => metricsTable(whole));
      const families = await timeFamilies(grouped, 3);
      const wholeFamilies = await timeFamilies(whole, 3);
      const slowest = [...families].sort((a, b) => b.medianMs - a.medianMs);
      const plansFile = join(dataDir, `plans-${Date.now()}.txt`);
      const plans: string[] = [];
      for (const timing of [...slowest, ...wholeFamilies]) plans.push(await explain(pool, timing));
      await writeFile(plansFile, plans.join('\n\n'));
      process.stdout.write(
        [
          `programmeMetricsTable by organisation, month (${tables.grouped.rows.length} rows): p50 ${formatNumber(groupedTiming.p50)} ms, p99 ${formatNumber(groupedTiming.p99)} ms`,
          `programmeMetricsTable ungrouped: p50 ${formatNumber(wholeTiming.p50)} ms, p99 ${formatNumber(wholeTiming.p99)} ms`,
          'families (grouped, median of 3):',
          ...slowest.map((timing) => `  ${timing.family}: ${formatNumber(timing.medianMs)} ms`),
          'families (ungrouped, median of 3):',
          ...wholeFamilies.map((timing) => `  ${timing.family}: ${formatNumber(timing.medianMs)} ms`),
          `plans, grouped slowest first, then ungrouped: ${plansFile}`,
          '',
        ].join('\n'),
      );
    } finally {
      await pool.end();
    }
  } finally {
    await server.stop();
  }
}

/** Records the figure tables the first time; afterwards any difference fails the run. */
async function compareFigures(file: string, tables: Record<string, FigureTable>, record: boolean): Promise<void> {
  const text = JSON.stringify(tables, null, 1);
  if (record) {
    await writeFile(file, text);
    log(`figures recorded in ${file}`);
    return;
  }
  if ((await readFile(file, 'utf8')) !== text) {
    await writeFile(`${file}.new`, text);
    throw new Error(`The figures differ from ${file} (these are in ${file}.new).`);
  }
  log(`figures identical to ${file}`);
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
