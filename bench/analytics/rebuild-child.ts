import { Pool } from 'pg';
import { EmbeddedTransport, KafkaTransport, type Transport } from '@tapestry/messaging';
import { rebuildWarehouse } from '../../services/analytics/src/rebuild/rebuild-warehouse';
import type { BusAddress } from './bus';
import { StatementTimes, type StatementTime } from './statement-times';

export interface RebuildRequest {
  bus: BusAddress;
  analyticsUrl: string;
}

export interface RebuildMeasurement {
  messages: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  analyticsMs: number;
  analyticsCalls: number;
  busMs: number;
  busCalls: number;
  topStatements: Array<StatementTime & { database: 'analytics' | 'bus' }>;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;
const log = (message: string): void => void process.stderr.write(`${message}\n`);

/**
 * Runs in a process of its own (see run.ts), so its peak RSS is the rebuild's alone and not the generator's. Both
 * databases' statements are timed from the client side to show where the rebuild's time goes.
 */
async function measureRebuild(request: RebuildRequest): Promise<RebuildMeasurement> {
  const analyticsTimes = new StatementTimes();
  const busTimes = new StatementTimes();
  const pool = new Pool({ connectionString: request.analyticsUrl, max: 4 });
  analyticsTimes.instrument(pool);
  let busPool: Pool | null = null;
  let transport: Transport;
  if (request.bus.kind === 'embedded') {
    busPool = new Pool({ connectionString: request.bus.url, max: 4 });
    busTimes.instrument(busPool);
    transport = await EmbeddedTransport.open({ pool: busPool });
  } else {
    transport = new KafkaTransport({ brokers: request.bus.brokers, clientId: 'tapestry-analytics-bench-rebuild' });
  }
  const rssBefore = process.memoryUsage().rss;
  let lastReport = Date.now();
  try {
    const result = await rebuildWarehouse({
      pool,
      transport,
      onProgress: (done, total) => {
        if (Date.now() - lastReport < 15_000) return;
        lastReport = Date.now();
        log(`rebuild: ${done} of ${total} messages`);
      },
    });
    const tagged = (database: 'analytics' | 'bus', times: StatementTimes) => times.top(6).map((entry) => ({ ...entry, database }));
    return {
      messages: result.messages,
      seconds: result.seconds,
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      analyticsMs: analyticsTimes.totalMs(),
      analyticsCalls: analyticsTimes.calls(),
      busMs: busTimes.totalMs(),
      busCalls: busTimes.calls(),
      topStatements: [...tagged('analytics', analyticsTimes), ...tagged('bus', busTimes)].sort((a, b) => b.ms - a.ms),
    };
  } finally {
    await transport.close();
    await busPool?.end();
    await pool.end();
  }
}

if (require.main === module) {
  const request = JSON.parse(process.argv[2] ?? '{}') as RebuildRequest;
  measureRebuild(request).then(
    (measurement) => process.send?.(measurement, () => process.exit(0)),
    (error: unknown) => {
      log(String(error instanceof Error ? error.stack : error));
      process.exit(1);
    },
  );
}
