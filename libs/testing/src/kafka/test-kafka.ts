import type { KafkaBrokerHandle } from './broker';
import { startKafkaBrokerAt, stopKafkaBrokerAt } from './broker-scripts';
import { KafkaHarnessError } from './kafka-harness.error';

/** How the int/e2e global setup tells test workers where the shared broker is. */
export const testKafkaEnvNames = {
  brokers: 'TAPESTRY_TEST_KAFKA_BROKERS',
  dataDir: 'TAPESTRY_TEST_KAFKA_DIR',
  port: 'TAPESTRY_TEST_KAFKA_PORT',
  controllerPort: 'TAPESTRY_TEST_KAFKA_CONTROLLER_PORT',
} as const;

/** The variables a global setup exports so workers find, and can restart, the broker it started. */
export function testKafkaEnv(broker: KafkaBrokerHandle): Record<string, string> {
  return {
    [testKafkaEnvNames.brokers]: broker.brokers.join(','),
    [testKafkaEnvNames.dataDir]: broker.dataDir,
    [testKafkaEnvNames.port]: String(broker.port),
    [testKafkaEnvNames.controllerPort]: String(broker.controllerPort),
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new KafkaHarnessError(
      'KAFKA_TEST_ENV_MISSING',
      `${name} is not set: run Kafka tests through \`npm test\` or \`npm run test:int\`, whose global setup starts the broker (infra/kafka).`,
    );
  }
  return value;
}

/** The shared test broker's addresses. */
export function kafkaBrokers(): string[] {
  return requiredEnv(testKafkaEnvNames.brokers).split(',');
}

/** Restarts the shared test broker on its ports and data, from a worker that did not start it. */
export async function restartTestKafka(): Promise<void> {
  const dataDir = requiredEnv(testKafkaEnvNames.dataDir);
  const port = Number(requiredEnv(testKafkaEnvNames.port));
  const controllerPort = Number(requiredEnv(testKafkaEnvNames.controllerPort));
  await stopKafkaBrokerAt(dataDir);
  await startKafkaBrokerAt(dataDir, port, controllerPort);
}
