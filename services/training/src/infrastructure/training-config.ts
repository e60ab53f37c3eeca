import { join, resolve } from 'node:path';

export interface TrainingConfig {
  port: number;
  databaseUrl: string;
  transport: 'embedded' | 'kafka';
  /** The embedded transport's log database (embedded mode). */
  busDatabaseUrl: string | null;
  kafkaBrokers: string[];
  /** The gateway's public key (a JWK file): forwarded principals must verify against it. */
  gatewayPublicJwkFile: string;
  production: boolean;
  /** Seed the demo catalogue and trained coaches on first start. */
  seedDemo: boolean;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: training cannot start without it (see README, "Running distributed").`);
  return value;
}

export function loadTrainingConfig(env: NodeJS.ProcessEnv = process.env): TrainingConfig {
  const transport = env.TAPESTRY_TRANSPORT ?? 'embedded';
  if (transport !== 'embedded' && transport !== 'kafka') {
    throw new Error(`TAPESTRY_TRANSPORT must be "embedded" or "kafka", got "${transport}"`);
  }
  const dataDir = resolve(env.TAPESTRY_DATA_DIR ?? '.data');
  return {
    port: Number(env.PORT ?? 4002),
    databaseUrl: required(env, 'DATABASE_URL'),
    transport,
    busDatabaseUrl: transport === 'embedded' ? required(env, 'BUS_DATABASE_URL') : null,
    kafkaBrokers: transport === 'kafka' ? required(env, 'KAFKA_BROKERS').split(',') : [],
    gatewayPublicJwkFile: env.GATEWAY_PUBLIC_JWK_FILE ?? join(dataDir, 'keys', 'gateway', 'gateway.public.jwk.json'),
    production: env.NODE_ENV === 'production',
    seedDemo: env.TAPESTRY_SEED_DEMO === '1',
  };
}
