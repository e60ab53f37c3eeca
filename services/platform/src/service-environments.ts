import { join } from 'node:path';
import { keyPairPaths, loadOrCreateKeyPair } from '@tapestry/auth';

/** Where each part of a running platform is: what the launcher and the end-to-end tests both hand the services. */
export interface PlatformTopology {
  dataDir: string;
  transport: 'embedded' | 'kafka';
  identityPort: number;
  trainingPort: number;
  matchingPort: number;
  supervisionPort: number;
  analyticsPort: number;
  gatewayPort: number;
  identityDatabaseUrl: string;
  trainingDatabaseUrl: string;
  matchingDatabaseUrl: string;
  supervisionDatabaseUrl: string;
  analyticsDatabaseUrl: string;
  /** Where matching sends introductions and follow-ups. */
  smtpUrl: string;
  /** The embedded transport's log database (embedded transport only). */
  busDatabaseUrl?: string;
  /** Kafka transport only. */
  kafkaBrokers?: readonly string[];
  production?: boolean;
  seedDemo: boolean;
  /** Every service's clock runs this file's milliseconds ahead (negative: behind); for scenarios and the demo's history. */
  clockOffsetFile?: string;
  /** The built web portal the gateway serves at / (services/portal/dist). */
  portalDir?: string;
}

const gatewayKeysDir = (dataDir: string): string => join(dataDir, 'keys', 'gateway');

/** Subgraphs trust only principals the gateway signed, so its key pair must exist before they start. */
export async function ensureGatewayKeys(dataDir: string): Promise<void> {
  await loadOrCreateKeyPair(gatewayKeysDir(dataDir), 'gateway');
}

function commonEnvironment(topology: PlatformTopology): Record<string, string> {
  return {
    TAPESTRY_TRANSPORT: topology.transport,
    TAPESTRY_DATA_DIR: topology.dataDir,
    ...(topology.transport === 'kafka'
      ? { KAFKA_BROKERS: (topology.kafkaBrokers ?? []).join(',') }
      : { BUS_DATABASE_URL: topology.busDatabaseUrl ?? '' }),
    ...(topology.production ? { NODE_ENV: 'production' } : {}),
    ...(topology.clockOffsetFile ? { TAPESTRY_CLOCK_OFFSET_FILE: topology.clockOffsetFile } : {}),
  };
}

export function identityEnvironment(topology: PlatformTopology): Record<string, string> {
  return {
    ...commonEnvironment(topology),
    PORT: String(topology.identityPort),
    DATABASE_URL: topology.identityDatabaseUrl,
    GATEWAY_PUBLIC_JWK_FILE: keyPairPaths(gatewayKeysDir(topology.dataDir), 'gateway').publicKeyJwk,
    ...(topology.seedDemo ? { TAPESTRY_SEED_DEMO: '1' } : {}),
  };
}

export function trainingEnvironment(topology: PlatformTopology): Record<string, string> {
  return {
    ...commonEnvironment(topology),
    PORT: String(topology.trainingPort),
    DATABASE_URL: topology.trainingDatabaseUrl,
    GATEWAY_PUBLIC_JWK_FILE: keyPairPaths(gatewayKeysDir(topology.dataDir), 'gateway').publicKeyJwk,
    ...(topology.seedDemo ? { TAPESTRY_SEED_DEMO: '1' } : {}),
  };
}

export function matchingEnvironment(topology: PlatformTopology): Record<string, string> {
  return {
    ...commonEnvironment(topology),
    PORT: String(topology.matchingPort),
    DATABASE_URL: topology.matchingDatabaseUrl,
    SMTP_URL: topology.smtpUrl,
    GATEWAY_PUBLIC_JWK_FILE: keyPairPaths(gatewayKeysDir(topology.dataDir), 'gateway').publicKeyJwk,
    ...(topology.seedDemo ? { TAPESTRY_SEED_DEMO: '1' } : {}),
  };
}

export function supervisionEnvironment(topology: PlatformTopology): Record<string, string> {
  return {
    ...commonEnvironment(topology),
    PORT: String(topology.supervisionPort),
    DATABASE_URL: topology.supervisionDatabaseUrl,
    GATEWAY_PUBLIC_JWK_FILE: keyPairPaths(gatewayKeysDir(topology.dataDir), 'gateway').publicKeyJwk,
  };
}

export function analyticsEnvironment(topology: PlatformTopology): Record<string, string> {
  return {
    ...commonEnvironment(topology),
    PORT: String(topology.analyticsPort),
    DATABASE_URL: topology.analyticsDatabaseUrl,
    GATEWAY_PUBLIC_JWK_FILE: keyPairPaths(gatewayKeysDir(topology.dataDir), 'gateway').publicKeyJwk,
  };
}

export function gatewayEnvironment(topology: PlatformTopology): Record<string, string> {
  const identity = `http://127.0.0.1:${topology.identityPort}`;
  return {
    ...commonEnvironment(topology),
    PORT: String(topology.gatewayPort),
    TAPESTRY_SUBGRAPHS: [
      `identity=${identity}/graphql`,
      `training=http://127.0.0.1:${topology.trainingPort}/graphql`,
      `matching=http://127.0.0.1:${topology.matchingPort}/graphql`,
      `supervision=http://127.0.0.1:${topology.supervisionPort}/graphql`,
      `analytics=http://127.0.0.1:${topology.analyticsPort}/graphql`,
    ].join(','),
    TAPESTRY_IDENTITY_JWKS_URL: `${identity}/.well-known/jwks.json`,
    TAPESTRY_KEYS_DIR: gatewayKeysDir(topology.dataDir),
    ...(topology.portalDir ? { TAPESTRY_PORTAL_DIR: topology.portalDir } : {}),
  };
}
