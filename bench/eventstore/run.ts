import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@tapestry/embedded';
import { runAppendRound, summarise, type AppendMeasurement, type AppendRound } from './append-bench';
import { measureCatchUp, type CatchUpMeasurement } from './catch-up-bench';
import type { Contender, ContenderSession } from './contender';
import { emmettContender } from './emmett-contender';
import { registerMessagingRelayContenders } from '../relay/contenders';
import { relayContenders, type RelayMeasurement } from './relay';
import { formatNumber, ratio, table } from './stats';
import { rawPgContender, tapestryContender } from './tapestry-contenders';
import { benchConfig, type BenchConfig } from './workload';

const ours = tapestryContender(true);
const appendContenders: Contender[] = [ours, tapestryContender(false), rawPgContender, emmettContender];
// The read path does not depend on NOTIFY, so one Tapestry reader is enough.
const readContenders: Contender[] = [ours, rawPgContender, emmettContender];

const log = (message: string): void => void process.stderr.write(`${message}\n`);

async function createDatabase(server: EmbeddedPostgresHandle, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client(server.url());
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return server.url(name);
}

/**
 * Contenders take turns, round after round, so load from anything else on the machine falls on all of them alike; the
 * first round of each warms connections and prepared statements and is not counted.
 */
async function appendSection(server: EmbeddedPostgresHandle, config: BenchConfig): Promise<string> {
  const rows: string[][] = [];
  for (const writers of config.writerCounts) {
    const sessions = new Map<Contender, ContenderSession>();
    const rounds = new Map<Contender, AppendRound[]>(appendContenders.map((contender) => [contender, []]));
    try {
      for (const contender of appendContenders) sessions.set(contender, await contender.open(await createDatabase(server, 'bench_append'), writers));
      for (let round = 0; round <= config.appendRounds; round++) {
        for (const [contender, session] of sessions) {
          log(`append: ${contender.name}, ${writers} writer(s), round ${round} of ${config.appendRounds}`);
          const commands = round === 0 ? Math.min(200 * writers, config.appendCommands) : Math.ceil(config.appendCommands / config.appendRounds);
          const result = await runAppendRound(session, { writers, commands, streamsPerWriter: config.streamsPerWriter, round: `r${round}` });
          if (round > 0) rounds.get(contender)?.push(result);
        }
      }
    } finally {
      await Promise.all([...sessions.values()].map((session) => session.close()));
    }
    const results = new Map([...rounds].map(([contender, measured]) => [contender, summarise(measured)] as const));
    const baseline = results.get(ours) as AppendMeasurement;
    for (const [contender, result] of results) {
      rows.push([
        contender.name,
        String(writers),
        formatNumber(result.eventsPerSecond),
        formatNumber(result.p50Ms, 2),
        formatNumber(result.p99Ms, 2),
        ratio(result.eventsPerSecond, baseline.eventsPerSecond),
        ratio(baseline.p99Ms, result.p99Ms),
      ]);
    }
  }
  return table(['store', 'writers', 'events/s', 'p50 ms', 'p99 ms', 'throughput vs ours', 'p99 vs ours (>1 = faster)'], rows);
}

async function catchUpSection(server: EmbeddedPostgresHandle, config: BenchConfig): Promise<string> {
  const results = new Map<Contender, CatchUpMeasurement>();
  for (const contender of readContenders) {
    log(`catch-up: ${contender.name}, seeding and reading ${config.catchUpEvents} events`);
    const session = await contender.open(await createDatabase(server, 'bench_read'), 1);
    try {
      results.set(contender, await measureCatchUp(session, config.catchUpEvents, config.batchSize));
    } finally {
      await session.close();
    }
  }
  const baseline = results.get(ours) as CatchUpMeasurement;
  const rows = [...results].map(([contender, result]) => [
    contender.name,
    formatNumber(result.events),
    formatNumber(result.seconds, 1),
    formatNumber(result.eventsPerSecond),
    ratio(result.eventsPerSecond, baseline.eventsPerSecond),
  ]);
  return table(['store', 'events', 'seconds', 'events/s', 'vs ours'], rows);
}

async function relaySection(server: EmbeddedPostgresHandle): Promise<string> {
  if (relayContenders.length === 0) {
    return 'Not measured here yet: libs/messaging registers its relay and a bare kafkajs producer in bench/eventstore/relay.ts.';
  }
  const events = Number(process.env.BENCH_RELAY_EVENTS ?? 100_000);
  const results: [string, boolean, RelayMeasurement][] = [];
  for (const contender of relayContenders) {
    log(`relay: ${contender.name}, ${events} events`);
    results.push([contender.name, contender.ceiling, await contender.run({ events, createDatabase: (prefix) => createDatabase(server, prefix) })]);
  }
  const ceiling = results.find(([, isCeiling]) => isCeiling);
  const rate = ({ events: count, seconds }: RelayMeasurement): number => count / seconds;
  const rows = results.map(([name, , result]) => [
    name,
    formatNumber(result.events),
    formatNumber(rate(result)),
    ceiling ? ratio(rate(result), rate(ceiling[2])) : 'n/a',
  ]);
  return table(['relay', 'events', 'events/s', 'vs bare kafkajs'], rows);
}

async function main(): Promise<void> {
  const config = benchConfig();
  registerMessagingRelayContenders();
  const dataDir = await mkdtemp(join(tmpdir(), 'tapestry-bench-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: config.fast });
  try {
    const version = new Client(server.url());
    await version.connect();
    const { rows } = await version.query<{ server_version: string }>('SHOW server_version');
    await version.end();
    const sections = [
      `Event store benchmark: PostgreSQL ${rows[0].server_version} (embedded, ${config.fast ? 'fsync off' : 'durable commits'}), ` +
        `Node ${process.version}, ${cpus().length} CPUs`,
      `\n## Append: single-event commands with expected version (${config.appendCommands} per row, over ${config.appendRounds} interleaved rounds)\n${await appendSection(server, config)}`,
      `\n## Catch-up read of ${formatNumber(config.catchUpEvents)} events (batches of ${config.batchSize})\n${await catchUpSection(server, config)}`,
      `\n## Relay throughput to Kafka\n${await relaySection(server)}`,
    ];
    process.stdout.write(`${sections.join('\n')}\n`);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
