import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@tapestry/embedded';
import { startKafkaBroker, testKafkaEnv } from '../kafka';
import { registerTeardown } from './teardown-registry';

/**
 * Starts the real parts the int and e2e tiers need, once per run: one embedded PostgreSQL (each test file makes its
 * own database on it) and one Kafka broker. Their addresses reach the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TAPESTRY_TEST_PG_URL) {
    const dataDir = await mkdtemp(join(tmpdir(), 'tapestry-test-pg-'));
    const postgres = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: true });
    process.env.TAPESTRY_TEST_PG_URL = postgres.url();
    registerTeardown(() => postgres.stop());
  }
  if (!process.env.TAPESTRY_TEST_KAFKA_BROKERS) {
    const kafka = await startKafkaBroker();
    Object.assign(process.env, testKafkaEnv(kafka));
    registerTeardown(() => kafka.stop());
  }
}
