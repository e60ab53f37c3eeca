import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PlatformConfig } from './platform-config';

const run = promisify(execFile);

export interface PlatformKafka {
  brokers: string[];
  stop(): Promise<void>;
}

/** The distributed start's broker: infra/kafka's scripts (Maven fetches it on first use), topics from topics.json. */
export async function startPlatformKafka(config: PlatformConfig): Promise<PlatformKafka> {
  const env = {
    ...process.env,
    KAFKA_PORT: String(config.kafkaPort),
    KAFKA_CONTROLLER_PORT: String(config.kafkaControllerPort),
    KAFKA_DATA_DIR: join(config.dataDir, 'kafka'),
  };
  const script = (name: string) => join(config.root, 'infra', 'kafka', name);
  console.log('Starting Apache Kafka (first start fetches it from Maven Central)...');
  await run('bash', [script('start.sh')], { env, maxBuffer: 16 * 1024 * 1024 });
  const brokers = [`127.0.0.1:${config.kafkaPort}`];
  await run('bash', [script('create-topics.sh')], { env: { ...env, KAFKA_BROKERS: brokers.join(',') } });
  return {
    brokers,
    stop: async () => {
      await run('bash', [script('stop.sh')], { env });
    },
  };
}
