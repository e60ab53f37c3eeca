import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { KafkaHarnessError } from './kafka-harness.error';

/** infra/kafka holds the pinned broker (fetched by Maven on first use) and the scripts that run it. */
const kafkaHome = resolve(__dirname, '../../../../infra/kafka');

/** The first start may fetch the broker from Maven Central; later starts take seconds. */
const startTimeoutMs = 5 * 60_000;
const stopTimeoutMs = 60_000;

function runScript(script: string, env: Record<string, string>, timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      'bash',
      [resolve(kafkaHome, script)],
      { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(`${stdout}${stderr}`.trim() || error.message)) : done(stdout)),
    );
  });
}

/**
 * Starts (or finds running) the broker that keeps its data in `dataDir`, listening on 127.0.0.1:`port`. Usable from
 * any process: the broker's pid lives in the data dir, not in this process.
 */
export async function startKafkaBrokerAt(dataDir: string, port: number, controllerPort: number): Promise<void> {
  const env = {
    KAFKA_DATA_DIR: dataDir,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
  };
  try {
    await runScript('start.sh', env, startTimeoutMs);
  } catch (error) {
    throw new KafkaHarnessError(
      'KAFKA_START_FAILED',
      `Kafka did not start on 127.0.0.1:${port} with data in ${dataDir}; infra/kafka/start.sh said:\n${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Stops the broker whose data is in `dataDir` (clean shutdown, killed after a bound); nothing to do if none runs. */
export async function stopKafkaBrokerAt(dataDir: string): Promise<void> {
  try {
    await runScript('stop.sh', { KAFKA_DATA_DIR: dataDir }, stopTimeoutMs);
  } catch (error) {
    throw new KafkaHarnessError(
      'KAFKA_STOP_FAILED',
      `Kafka with data in ${dataDir} did not stop; infra/kafka/stop.sh said:\n${(error as Error).message}`,
      { cause: error },
    );
  }
}
