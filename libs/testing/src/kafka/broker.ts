import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@tapestry/embedded';
import { startKafkaBrokerAt, stopKafkaBrokerAt } from './broker-scripts';

export interface KafkaBrokerOptions {
  /** Kept after stop() when given; a temporary one is made (and removed by stop()) otherwise. */
  dataDir?: string;
  port?: number;
  controllerPort?: number;
}

export interface KafkaBrokerHandle {
  readonly brokers: string[];
  readonly dataDir: string;
  readonly port: number;
  readonly controllerPort: number;
  /** Stops the broker and starts it again on the same ports and data: topics, messages and offsets survive. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function distinctFreePort(taken: number): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port !== taken) return port;
  }
}

/** Starts a real single-node Kafka broker (infra/kafka) on 127.0.0.1, on free ports unless told otherwise. */
export async function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBrokerHandle> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tapestry-kafka-')));
  const port = options.port ?? (await freePort());
  const controllerPort = options.controllerPort ?? (await distinctFreePort(port));
  const removeOwnedDataDir = async (): Promise<void> => {
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await startKafkaBrokerAt(dataDir, port, controllerPort);
  } catch (error) {
    // A broker that never answered may still be running; the start failure is the error worth reporting.
    await stopKafkaBrokerAt(dataDir).catch(() => undefined);
    await removeOwnedDataDir();
    throw error;
  }

  return {
    brokers: [`127.0.0.1:${port}`],
    dataDir,
    port,
    controllerPort,
    restart: async () => {
      await stopKafkaBrokerAt(dataDir);
      await startKafkaBrokerAt(dataDir, port, controllerPort);
    },
    stop: async () => {
      await stopKafkaBrokerAt(dataDir);
      await removeOwnedDataDir();
    },
  };
}
