import { join, resolve } from 'node:path';

export interface IdentityConfig {
  port: number;
  databaseUrl: string;
  transport: 'embedded' | 'kafka';
  /** The embedded transport's log database (embedded mode). */
  busDatabaseUrl: string | null;
  kafkaBrokers: string[];
  /** Where identity keeps its token-signing key pair between restarts. */
  keysDir: string;
  /** The gateway's public key (a JWK file): forwarded principals must verify against it. */
  gatewayPublicJwkFile: string;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  production: boolean;
  /** Seed the demo trust on first start and write its logins here. */
  demoLoginsFile: string | null;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: identity cannot start without it (see README, "Running distributed").`);
  return value;
}

export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const transport = env.TAPESTRY_TRANSPORT ?? 'embedded';
  if (transport !== 'embedded' && transport !== 'kafka') {
    throw new Error(`TAPESTRY_TRANSPORT must be "embedded" or "kafka", got "${transport}"`);
  }
  const dataDir = resolve(env.TAPESTRY_DATA_DIR ?? '.data');
  return {
    port: Number(env.PORT ?? 4001),
    databaseUrl: required(env, 'DATABASE_URL'),
    transport,
    busDatabaseUrl: transport === 'embedded' ? required(env, 'BUS_DATABASE_URL') : null,
    kafkaBrokers: transport === 'kafka' ? required(env, 'KAFKA_BROKERS').split(',') : [],
    keysDir: env.IDENTITY_KEYS_DIR ?? join(dataDir, 'keys', 'identity'),
    gatewayPublicJwkFile: env.GATEWAY_PUBLIC_JWK_FILE ?? join(dataDir, 'keys', 'gateway', 'gateway.public.jwk.json'),
    issuer: env.TOKEN_ISSUER ?? 'tapestry-identity',
    audience: env.TOKEN_AUDIENCE ?? 'tapestry',
    accessTokenTtlSeconds: Number(env.ACCESS_TOKEN_TTL_SECONDS ?? 3600),
    production: env.NODE_ENV === 'production',
    demoLoginsFile: env.TAPESTRY_SEED_DEMO === '1' ? (env.TAPESTRY_DEMO_LOGINS_FILE ?? join(dataDir, 'demo-logins.json')) : null,
  };
}
