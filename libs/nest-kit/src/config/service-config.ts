import { join, resolve } from 'node:path';
import type { MessagingModuleOptions } from '../messaging/messaging.module';

/** What every Tapestry subgraph service is started with, from its environment. */
export interface ServiceConfig {
  port: number;
  databaseUrl: string;
  transport: 'embedded' | 'kafka';
  /** The embedded transport's log database (embedded mode). */
  busDatabaseUrl: string | null;
  kafkaBrokers: string[];
  /** The gateway's public key (a JWK file): forwarded principals must verify against it. */
  gatewayPublicJwkFile: string;
  production: boolean;
  /** Everything the platform keeps between restarts (keys, mail, demo logins). */
  dataDir: string;
}

/** The named variable, or an error saying the service cannot start without it. */
export function requiredSetting(env: NodeJS.ProcessEnv, name: string, service: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: ${service} cannot start without it (see README, "Running distributed").`);
  return value;
}

export function loadServiceConfig(env: NodeJS.ProcessEnv, service: string, defaultPort: number): ServiceConfig {
  const transport = env.TAPESTRY_TRANSPORT ?? 'embedded';
  if (transport !== 'embedded' && transport !== 'kafka') {
    throw new Error(`TAPESTRY_TRANSPORT must be "embedded" or "kafka", got "${transport}"`);
  }
  const dataDir = resolve(env.TAPESTRY_DATA_DIR ?? '.data');
  return {
    port: Number(env.PORT ?? defaultPort),
    databaseUrl: requiredSetting(env, 'DATABASE_URL', service),
    transport,
    busDatabaseUrl: transport === 'embedded' ? requiredSetting(env, 'BUS_DATABASE_URL', service) : null,
    kafkaBrokers: transport === 'kafka' ? requiredSetting(env, 'KAFKA_BROKERS', service).split(',') : [],
    gatewayPublicJwkFile: env.GATEWAY_PUBLIC_JWK_FILE ?? join(dataDir, 'keys', 'gateway', 'gateway.public.jwk.json'),
    production: env.NODE_ENV === 'production',
    dataDir,
  };
}

/** The transport a service's config asks for, as MessagingModule takes it. */
export function messagingOptionsFor(config: ServiceConfig, service: string): MessagingModuleOptions {
  return config.transport === 'kafka'
    ? { transport: 'kafka', brokers: config.kafkaBrokers, clientId: `tapestry-${service}` }
    : { transport: 'embedded', busDatabaseUrl: config.busDatabaseUrl ?? '' };
}
