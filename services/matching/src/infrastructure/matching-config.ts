import { join, resolve } from 'node:path';
import { loadMailConfig, type MailConfig } from '@tapestry/mail';

export interface MatchingConfig {
  port: number;
  databaseUrl: string;
  transport: 'embedded' | 'kafka';
  /** The embedded transport's log database (embedded mode). */
  busDatabaseUrl: string | null;
  kafkaBrokers: string[];
  /** The gateway's public key (a JWK file): forwarded principals must verify against it. */
  gatewayPublicJwkFile: string;
  production: boolean;
  mail: MailConfig;
  /** The reflections master key: TAPESTRY_REFLECTIONS_MASTER_KEY (base64) if set, else this file, created on first start. */
  reflectionsKeyFile: string;
  /** How often due follow-ups are looked for. */
  followUpPollMs: number;
  /** Linked from mails so people can answer in the portal. */
  portalUrl: string | null;
  /** Seed the demo requests and coach preferences on first start. */
  seedDemo: boolean;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: matching cannot start without it (see README, "Running distributed").`);
  return value;
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 3600) throw new Error(`${name} must be a whole number of seconds from 1 to 3600, got "${text}".`);
  return value;
}

export function loadMatchingConfig(env: NodeJS.ProcessEnv = process.env): MatchingConfig {
  const transport = env.TAPESTRY_TRANSPORT ?? 'embedded';
  if (transport !== 'embedded' && transport !== 'kafka') {
    throw new Error(`TAPESTRY_TRANSPORT must be "embedded" or "kafka", got "${transport}"`);
  }
  const dataDir = resolve(env.TAPESTRY_DATA_DIR ?? '.data');
  return {
    port: Number(env.PORT ?? 4003),
    databaseUrl: required(env, 'DATABASE_URL'),
    transport,
    busDatabaseUrl: transport === 'embedded' ? required(env, 'BUS_DATABASE_URL') : null,
    kafkaBrokers: transport === 'kafka' ? required(env, 'KAFKA_BROKERS').split(',') : [],
    gatewayPublicJwkFile: env.GATEWAY_PUBLIC_JWK_FILE ?? join(dataDir, 'keys', 'gateway', 'gateway.public.jwk.json'),
    production: env.NODE_ENV === 'production',
    mail: loadMailConfig(env),
    reflectionsKeyFile: env.TAPESTRY_REFLECTIONS_KEY_FILE ?? join(dataDir, 'keys', 'matching', 'reflections.key'),
    followUpPollMs: seconds(env, 'TAPESTRY_FOLLOW_UP_POLL_SECONDS', 30) * 1000,
    portalUrl: env.TAPESTRY_PORTAL_URL ?? null,
    seedDemo: env.TAPESTRY_SEED_DEMO === '1',
  };
}
