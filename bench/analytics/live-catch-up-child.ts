import 'reflect-metadata';
import { Client, Pool } from 'pg';
import { EmbeddedTransport } from '@tapestry/messaging';
import { WarehouseConsumer } from '../../services/analytics/src/ingest/warehouse-consumer';
import { LIVE_SCHEMA } from '../../services/analytics/src/warehouse/star-schema';
import { StatementTimes } from './statement-times';

export interface CatchUpRequest {
  busUrl: string;
  analyticsUrl: string;
  batchSize: number;
  messages: number;
}

export interface CatchUpMeasurement {
  batchSize: number;
  messages: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  busMs: number;
  busCalls: number;
  busTransactions: number;
  analyticsMs: number;
  analyticsCalls: number;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;
const log = (message: string): void => void process.stderr.write(`${message}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Often enough that the clock stops within a few tenths of a second of the last message; a count is cheap beside the consumer. */
const WATCH_INTERVAL_MS = 250;
/** A message the consumer cannot apply goes to a dead letter and never reaches the count: give up rather than wait forever. */
const STALL_MS = 120_000;

/** Pools sized as the service's own: nest-kit's DatabaseModule (20) and openTransport (10). */
const ANALYTICS_POOL_MAX = 20;
const BUS_POOL_MAX = 10;

/** Waits until the warehouse has recorded `total` applied messages, through a connection of its own (not timed). */
async function waitForApplied(url: string, total: number): Promise<void> {
  const watcher = new Client(url);
  await watcher.connect();
  try {
    let last = -1;
    let lastChange = Date.now();
    let lastReport = Date.now();
    for (;;) {
      const { rows } = await watcher.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${LIVE_SCHEMA}.applied_messages`);
      const applied = Number(rows[0].count);
      if (applied >= total) return;
      if (applied !== last) {
        last = applied;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > STALL_MS) {
        throw new Error(`The live consumer stopped at ${applied} of ${total} messages for ${STALL_MS / 1000} s.`);
      }
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        log(`catch-up: ${applied} of ${total} messages`);
      }
      await sleep(WATCH_INTERVAL_MS);
    }
  } finally {
    await watcher.end();
  }
}

/**
 * Runs in a process of its own (see live-catch-up.ts), so its peak RSS is the consumer's alone. The service's own
 * WarehouseConsumer, built by hand instead of by Nest, subscribes to a log holding the whole year and an empty
 * warehouse: what the live consumer does when the service comes back after downtime.
 */
async function measureCatchUp(request: CatchUpRequest): Promise<CatchUpMeasurement> {
  const analyticsTimes = new StatementTimes();
  const busTimes = new StatementTimes();
  const pool = new Pool({ connectionString: request.analyticsUrl, max: ANALYTICS_POOL_MAX });
  analyticsTimes.instrument(pool);
  const busPool = new Pool({ connectionString: request.busUrl, max: BUS_POOL_MAX });
  busTimes.instrument(busPool);
  const transport = await EmbeddedTransport.open({ pool: busPool, batchSize: request.batchSize });
  const consumer = new WarehouseConsumer(pool, transport);
  try {
    await consumer.onModuleInit();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await consumer.onApplicationBootstrap();
    await waitForApplied(request.analyticsUrl, request.messages);
    const seconds = (performance.now() - started) / 1000;
    const all = (times: StatementTimes) => times.top(Number.MAX_SAFE_INTEGER);
    return {
      batchSize: request.batchSize,
      messages: request.messages,
      seconds,
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      busMs: busTimes.totalMs(),
      busCalls: busTimes.calls(),
      busTransactions: all(busTimes).find((entry) => entry.statement === 'BEGIN')?.calls ?? 0,
      analyticsMs: analyticsTimes.totalMs(),
      analyticsCalls: analyticsTimes.calls(),
    };
  } finally {
    await consumer.onModuleDestroy();
    await transport.close();
    await busPool.end();
    await pool.end();
  }
}

if (require.main === module) {
  const request = JSON.parse(process.argv[2] ?? '{}') as CatchUpRequest;
  measureCatchUp(request).then(
    (measurement) => process.send?.(measurement, () => process.exit(0)),
    (error: unknown) => {
      log(String(error instanceof Error ? error.stack : error));
      process.exit(1);
    },
  );
}
