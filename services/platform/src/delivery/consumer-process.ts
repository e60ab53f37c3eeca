import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ServiceProcess } from '../service-process';
import type { ServiceLogs } from '../testing/service-logs';

export interface ConsumerProcess extends ServiceProcess {
  /** SIGKILL: no leaving the group, no closing connections; resolves once the process is gone. */
  kill(): Promise<void>;
}

export interface ConsumerProcessOptions {
  root: string;
  /** Told apart in the logs, e.g. "directory-consumer#2". */
  name: string;
  brokers: readonly string[];
  databaseUrl: string;
  groupId: string;
  logs: ServiceLogs;
}

/**
 * Runs directory-consumer.ts as its own process. startServiceProcess runs only a service's src/main.ts, so the spawn is
 * here; its output goes to held-back logs like the services'.
 */
export function startConsumerProcess({ root, name, brokers, databaseUrl, groupId, logs }: ConsumerProcessOptions): ConsumerProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'directory-consumer.ts')], {
    cwd: root,
    env: { ...process.env, KAFKA_BROKERS: brokers.join(','), DATABASE_URL: databaseUrl, GROUP_ID: groupId, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sink = logs.sink(name);
  createInterface({ input: child.stdout }).on('line', sink);
  createInterface({ input: child.stderr }).on('line', sink);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => logs.note(`[platform] ${name} exited (code ${code}, signal ${signal})`));
  const send = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    name,
    child,
    kill: () => send('SIGKILL'),
    stop: async () => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await send('SIGTERM');
      clearTimeout(timer);
    },
  };
}
