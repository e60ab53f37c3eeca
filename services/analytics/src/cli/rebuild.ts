import { SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { describeError } from '@tapestry/messaging';
import { messagingOptionsFor, openTransport } from '@tapestry/nest-kit';
import { loadAnalyticsConfig } from '../infrastructure/analytics-config';
import { rebuildWarehouse } from '../rebuild/rebuild-warehouse';

/**
 * `npm run rebuild:analytics`: replays identity's, training's, matching's and supervision's topics from their
 * beginning into a fresh warehouse and swaps it in, with a progress bar. The service may keep running meanwhile.
 * Reads the analytics service's own settings (DATABASE_URL, TAPESTRY_TRANSPORT, KAFKA_BROKERS or BUS_DATABASE_URL).
 */
async function main(): Promise<number> {
  const config = loadAnalyticsConfig();
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4 });
  const opened = await openTransport(messagingOptionsFor(config, 'analytics-rebuild'));
  const { transport } = opened;
  const bar = new SingleBar({
    format: 'analytics [{bar}] {percentage}% | {value}/{total} messages | {speed} messages/s | ETA {eta_formatted}',
    noTTYOutput: true,
    notTTYSchedule: 1000,
  });
  const started = Date.now();
  bar.start(1, 0, { speed: 0 });
  try {
    const result = await rebuildWarehouse({
      pool,
      transport,
      onProgress: (done, total) => {
        if (total !== bar.getTotal()) bar.setTotal(Math.max(total, done));
        bar.update(done, { speed: Math.round((done * 1000) / Math.max(1, Date.now() - started)) });
      },
      onSkipped: (message, error) => {
        process.stdout.write(`\npassed over ${message.topic}/${message.partition}/${message.offset}, which does not decode: ${describeError(error)}\n`);
      },
    });
    bar.stop();
    console.log(`Rebuilt the analytics warehouse: ${result.messages} messages (${result.skipped} passed over) in ${result.seconds.toFixed(1)} s (${Math.round(result.messages / Math.max(result.seconds, 0.001))} messages/s)`);
    return 0;
  } catch (error) {
    bar.stop();
    console.error(`Rebuilding the analytics warehouse failed; the live figures are unchanged: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await transport.close();
    await opened.release();
    await pool.end();
  }
}

void main().then((code) => process.exit(code));
