import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@tapestry/embedded';
import { formatNumber } from '../eventstore/stats';
import { openBus, publishAll, type BusAddress } from './bus';
import { FULL_STAFF, generateConsortiumYear } from './consortium-year';
import { consortiumContext, countSessions, explain, metricsTable, publish, timeFamilies, timeRuns, warehouseRows } from './query-bench';
import { batchedApply } from './batched-apply';
import { rawInsertBaseline } from './raw-insert-baseline';
import type { RebuildMeasurement, RebuildRequest } from './rebuild-child';
import { renderReport, warehouseCheck } from './report';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/**
 * A tenth of the full consortium by default: with a durable commit per message the full year's rebuild takes over an
 * hour on this machine (see README.md); `--scale 1` runs it.
 */
const DEFAULT_SCALE = 0.1;
const APPLY_BATCH = 1_000;

interface BenchOptions {
  scale: number;
  seed: number;
  runs: number;
  warmups: number;
  baselineMessages: number;
  fast: boolean;
  kafkaBrokers: string[] | null;
}

function benchOptions(argv: readonly string[]): BenchOptions {
  const flag = argv.findIndex((arg) => arg === '--scale' || arg.startsWith('--scale='));
  const rawScale = flag < 0 ? (process.env.BENCH_SCALE ?? String(DEFAULT_SCALE)) : argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  const scale = Number(rawScale);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale ${rawScale}: give a fraction of the full 150,000 staff, above 0 and at most 1.`);
  const brokers = process.env.KAFKA_BROKERS?.trim();
  return {
    scale,
    seed: Number(process.env.BENCH_SEED ?? 20250602),
    runs: Number(process.env.BENCH_QUERY_RUNS ?? 30),
    warmups: 3,
    baselineMessages: Number(process.env.BENCH_BASELINE_MESSAGES ?? 30_000),
    fast: process.env.BENCH_PG_FAST === '1',
    kafkaBrokers: brokers ? brokers.split(',').map((broker) => broker.trim()) : null,
  };
}

async function createDatabase(server: EmbeddedPostgresHandle, name: string): Promise<string> {
  const admin = new Client(server.url());
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return server.url(name);
}

function rebuildInChild(request: RebuildRequest): Promise<RebuildMeasurement> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'rebuild-child.ts'), [JSON.stringify(request)], {
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message) => resolve(message as RebuildMeasurement));
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`the rebuild's process exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2));
  const staff = Math.round(FULL_STAFF * options.scale);
  log(`generating a year for ${formatNumber(staff)} staff (seed ${options.seed})`);
  const generationStarted = performance.now();
  const year = generateConsortiumYear(options.seed, staff);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const bytes = year.messages.reduce((sum, message) => sum + message.value.length, 0);
  log(`${formatNumber(year.messages.length)} messages, ${formatNumber(bytes / 1024 / 1024, 1)} MB of protobuf, in ${formatNumber(generationSeconds, 1)} s`);

  const dataDir = await mkdtemp(join(tmpdir(), 'tapestry-bench-analytics-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: options.fast });
  let report = '';
  let failed = false;
  try {
    const analyticsUrl = await createDatabase(server, 'bench_analytics');
    const bus: BusAddress = options.kafkaBrokers
      ? { kind: 'kafka', brokers: options.kafkaBrokers }
      : { kind: 'embedded', url: await createDatabase(server, 'bench_bus') };
    const busName = bus.kind === 'kafka' ? `Kafka at ${bus.brokers.join(',')}` : 'the embedded transport (its own database on the same server)';

    log(`publishing to ${busName}`);
    const publishStarted = performance.now();
    const opened = await openBus(bus, 'tapestry-analytics-bench');
    try {
      await publishAll(opened.transport, year.messages, (done) => log(`published ${done} of ${year.messages.length}`));
    } finally {
      await opened.close();
    }
    const publishSeconds = (performance.now() - publishStarted) / 1000;

    log('rebuilding the warehouse from the topics');
    const rebuild = await rebuildInChild({ bus, analyticsUrl });

    const pool = new Pool({ connectionString: analyticsUrl, max: 4 });
    try {
      log(`baseline: raw INSERT of up to ${options.baselineMessages} messages, one transaction each`);
      const baseline = await rawInsertBaseline(pool, year.messages, options.baselineMessages);
      log(`what-if: applyMessage from memory, ${APPLY_BATCH} messages per transaction, into a database of its own`);
      const applyPool = new Pool({ connectionString: await createDatabase(server, 'bench_apply'), max: 2 });
      const batched = await batchedApply(applyPool, year.messages, APPLY_BATCH).finally(() => applyPool.end());

      const whole = consortiumContext(pool, year, []);
      const grouped = consortiumContext(pool, year, ['organisation', 'month']);
      const check = warehouseCheck(year, (await metricsTable(whole)).rows[0]?.figures ?? {});
      failed = !check.ok;
      const groupedTable = await metricsTable(grouped);

      log(`queries: ${options.runs} runs after ${options.warmups} warm-ups each`);
      const groupedTiming = await timeRuns(options.runs, options.warmups, () => metricsTable(grouped));
      const wholeTiming = await timeRuns(options.runs, options.warmups, () => metricsTable(whole));
      const publishTiming = await timeRuns(options.runs, options.warmups, () => publish(groupedTable));
      const countTiming = await timeRuns(options.runs, options.warmups, () => countSessions(pool));
      log('timing each figure family');
      const families = await timeFamilies(grouped, 3);
      const slowest = [...families].sort((a, b) => b.medianMs - a.medianMs);
      const plansFile = join(tmpdir(), `tapestry-bench-analytics-plans-${Date.now()}.txt`);
      const plans: string[] = [];
      for (const timing of slowest.slice(0, 3)) plans.push(await explain(pool, timing));
      await writeFile(plansFile, plans.join('\n\n'));

      report = renderReport({
        heading:
          `Analytics warehouse benchmark: ${formatNumber(staff)} staff in 10 organisations, one year (scale ${options.scale}); ` +
          `${formatNumber(year.messages.length)} messages (${formatNumber(bytes / 1024 / 1024, 1)} MB); PostgreSQL embedded, ` +
          `${options.fast ? 'fsync off' : 'durable commits'}; bus: ${busName}; Node ${process.version}, ${cpus().length} CPUs\n` +
          `generated in ${formatNumber(generationSeconds, 1)} s; published in ${formatNumber(publishSeconds, 1)} s`,
        applyBatch: APPLY_BATCH,
        rebuild,
        baseline,
        batched,
        queryRuns: `${options.runs} runs after ${options.warmups} warm-ups`,
        groupedRows: groupedTable.rows.length,
        grouped: groupedTiming,
        whole: wholeTiming,
        publish: publishTiming,
        count: countTiming,
        families,
        plansFile,
        check: check.rows,
        sizes: await warehouseRows(pool),
      });
    } finally {
      await pool.end();
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${report}\n`);
  if (failed) {
    log('The warehouse did not reproduce the generated counts.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
