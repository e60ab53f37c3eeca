import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@tapestry/embedded';
import { formatNumber, ratio, table } from '../eventstore/stats';
import { openBus, publishAll } from './bus';
import { FULL_STAFF, generateConsortiumYear } from './consortium-year';
import type { CatchUpMeasurement, CatchUpRequest } from './live-catch-up-child';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

const DEFAULT_SCALE = 0.1;
/** The baseline first: a transaction and an offset commit per message, as every consumer of the embedded log had before. */
const RUNS = [
  { batchSize: 1, name: 'baseline: batchSize 1, a transaction per message (the previous consumer)' },
  { batchSize: 100, name: 'batchSize 100 (the default)' },
] as const;

interface CatchUpOptions {
  scale: number;
  seed: number;
  fast: boolean;
}

function catchUpOptions(argv: readonly string[]): CatchUpOptions {
  const flag = argv.findIndex((arg) => arg === '--scale' || arg.startsWith('--scale='));
  const rawScale = flag < 0 ? (process.env.BENCH_SCALE ?? String(DEFAULT_SCALE)) : argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  const scale = Number(rawScale);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale ${rawScale}: give a fraction of the full 150,000 staff, above 0 and at most 1.`);
  return { scale, seed: Number(process.env.BENCH_SEED ?? 20250602), fast: process.env.BENCH_PG_FAST === '1' };
}

async function createDatabase(server: EmbeddedPostgresHandle, name: string, template?: string): Promise<string> {
  const admin = new Client(server.url());
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  return server.url(name);
}

function catchUpInChild(request: CatchUpRequest): Promise<CatchUpMeasurement> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'live-catch-up-child.ts'), [JSON.stringify(request)], {
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message) => resolve(message as CatchUpMeasurement));
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`the consumer's process exited with ${code}`))));
  });
}

const perMessage = (run: CatchUpMeasurement): number => (1000 * run.seconds) / run.messages;

function renderRuns(runs: ReadonlyArray<{ name: string; run: CatchUpMeasurement }>): string {
  const baseline = runs[0].run;
  const timings = table(
    ['run', 'messages', 'seconds', 'messages/s', 'ms/message', 'peak RSS MB', 'ms/message vs baseline'],
    runs.map(({ name, run }) => [
      name,
      formatNumber(run.messages),
      formatNumber(run.seconds, 1),
      formatNumber(run.messages / run.seconds),
      formatNumber(perMessage(run), 2),
      `${formatNumber(run.rssBeforeMb)} -> ${formatNumber(run.peakRssMb)}`,
      ratio(perMessage(run), perMessage(baseline)),
    ]),
  );
  const split = table(
    ['where the time goes (client side)', 'bus transactions', 'bus statements/message', 'bus ms/message', 'analytics statements/message', 'analytics ms/message'],
    runs.map(({ run }) => [
      `batchSize ${run.batchSize}`,
      formatNumber(run.busTransactions),
      formatNumber(run.busCalls / run.messages, 1),
      formatNumber(run.busMs / run.messages, 2),
      formatNumber(run.analyticsCalls / run.messages, 1),
      formatNumber(run.analyticsMs / run.messages, 2),
    ]),
  );
  return `${timings}\n\n${split}`;
}

/**
 * The live warehouse consumer catching up after downtime: the whole year already on the embedded log, an empty
 * warehouse, the service's own WarehouseConsumer subscribing from the beginning, timed until every message is applied.
 */
async function main(): Promise<void> {
  const options = catchUpOptions(process.argv.slice(2));
  const staff = Math.round(FULL_STAFF * options.scale);
  log(`generating a year for ${formatNumber(staff)} staff (seed ${options.seed})`);
  const year = generateConsortiumYear(options.seed, staff);
  const bytes = year.messages.reduce((sum, message) => sum + message.value.length, 0);
  log(`${formatNumber(year.messages.length)} messages, ${formatNumber(bytes / 1024 / 1024, 1)} MB of protobuf`);

  const dataDir = await mkdtemp(join(tmpdir(), 'tapestry-bench-live-catch-up-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: options.fast });
  const measured: Array<{ name: string; run: CatchUpMeasurement }> = [];
  try {
    const busUrl = await createDatabase(server, 'bench_bus');
    log('publishing to the embedded transport');
    const opened = await openBus({ kind: 'embedded', url: busUrl }, 'tapestry-analytics-live-bench');
    try {
      await publishAll(opened.transport, year.messages, (done) => log(`published ${done} of ${year.messages.length}`));
    } finally {
      await opened.close();
    }
    for (const { batchSize, name } of RUNS) {
      // A copy of the published log per run: each consumer group starts from nothing on identical topics.
      const runBus = await createDatabase(server, `bench_bus_${batchSize}`, 'bench_bus');
      const analyticsUrl = await createDatabase(server, `bench_live_${batchSize}`);
      log(`catch-up: ${name}`);
      measured.push({ name, run: await catchUpInChild({ busUrl: runBus, analyticsUrl, batchSize, messages: year.messages.length }) });
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const heading =
    `Live warehouse consumer catching up: ${formatNumber(staff)} staff in 10 organisations, one year (scale ${options.scale}); ` +
    `${formatNumber(year.messages.length)} messages (${formatNumber(bytes / 1024 / 1024, 1)} MB) on the embedded transport; ` +
    `PostgreSQL embedded, ${options.fast ? 'fsync off' : 'durable commits'}; Node ${process.version}, ${cpus().length} CPUs`;
  process.stdout.write(`${heading}\n\n${renderRuns(measured)}\n`);
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
