import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateKeyPair, keyPairPaths } from '@tapestry/auth';
import { printBanner } from './banner';
import { startPlatformKafka, type PlatformKafka } from './kafka';
import { loadPlatformConfig } from './platform-config';
import { startPlatformPostgres } from './postgres';
import { startServiceProcess, waitUntilHealthy, type ServiceProcess } from './service-process';

/**
 * `npm start`: one command, the whole platform. A real PostgreSQL from npm, each service its own process with its own
 * database, events over the embedded PostgreSQL-backed transport, or over a real Kafka broker with
 * TAPESTRY_TRANSPORT=kafka. Data and keys are kept in .data/ between restarts.
 */
async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const started: ServiceProcess[] = [];
  let kafka: PlatformKafka | undefined;
  const postgres = await startPlatformPostgres(config);
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    for (const service of [...started].reverse()) await service.stop();
    await kafka?.stop();
    await postgres.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    const keysDir = join(config.dataDir, 'keys');
    await loadOrCreateKeyPair(join(keysDir, 'gateway'), 'gateway');
    if (config.transport === 'kafka') kafka = await startPlatformKafka(config);
    const firstStart = !existsSync(join(config.dataDir, 'demo-logins.json'));
    const common = {
      TAPESTRY_TRANSPORT: config.transport,
      TAPESTRY_DATA_DIR: config.dataDir,
      ...(kafka ? { KAFKA_BROKERS: kafka.brokers.join(',') } : { BUS_DATABASE_URL: postgres.url('tapestry_bus') }),
      ...(config.production ? { NODE_ENV: 'production' } : {}),
    };
    const identity = startServiceProcess(config.root, 'identity', {
      ...common,
      PORT: String(config.identityPort),
      DATABASE_URL: postgres.url('tapestry_identity'),
      GATEWAY_PUBLIC_JWK_FILE: keyPairPaths(join(keysDir, 'gateway'), 'gateway').publicKeyJwk,
      TAPESTRY_SEED_DEMO: '1',
    });
    started.push(identity);
    await waitUntilHealthy(identity, `http://127.0.0.1:${config.identityPort}/health`);
    const gateway = startServiceProcess(config.root, 'gateway', {
      ...common,
      PORT: String(config.gatewayPort),
      TAPESTRY_SUBGRAPHS: `identity=http://127.0.0.1:${config.identityPort}/graphql`,
      TAPESTRY_IDENTITY_JWKS_URL: `http://127.0.0.1:${config.identityPort}/.well-known/jwks.json`,
      TAPESTRY_KEYS_DIR: join(keysDir, 'gateway'),
    });
    started.push(gateway);
    await waitUntilHealthy(gateway, `http://127.0.0.1:${config.gatewayPort}/health`);
    for (const service of started) {
      service.child.once('exit', (code) => {
        if (stopping) return;
        console.error(`${service.name} stopped unexpectedly (exit code ${code}); stopping the platform.`);
        void stop(1);
      });
    }
    const logins = JSON.parse(readFileSync(join(config.dataDir, 'demo-logins.json'), 'utf8')) as DemoLogins;
    printBanner(config, logins, firstStart);
  } catch (error) {
    console.error(`Tapestry could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

export interface DemoLogins {
  password: string;
  logins: { role: string; email: string; name: string }[];
}

void main();
