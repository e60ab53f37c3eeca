import { join, resolve } from 'node:path';

export type TransportMode = 'embedded' | 'kafka';

export interface PlatformConfig {
  root: string;
  /** Everything the platform keeps between restarts (git-ignored). */
  dataDir: string;
  transport: TransportMode;
  postgresPort: number;
  kafkaPort: number;
  kafkaControllerPort: number;
  gatewayPort: number;
  identityPort: number;
  trainingPort: number;
  matchingPort: number;
  supervisionPort: number;
  analyticsPort: number;
  /** Where mail goes: SMTP_URL when set, else a local catcher on smtpCatcherPort that keeps every mail in dataDir/mail. */
  smtpUrl: string | null;
  smtpCatcherPort: number;
  /**
   * On a first start, the evaluation scenario's year of history is played through the API at this fraction of the
   * evaluated programme's size (TAPESTRY_DEMO_SCENARIO_SCALE; 0 leaves the demo without it).
   */
  demoScenarioScale: number;
  production: boolean;
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a TCP port number (1-65535), got "${raw}"`);
  }
  return value;
}

function scale(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value >= 0 && value <= 1)) throw new Error(`TAPESTRY_DEMO_SCENARIO_SCALE must be a fraction from 0 to 1, got "${raw}"`);
  return value;
}

export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const root = resolve(__dirname, '../../..');
  const transport = env.TAPESTRY_TRANSPORT ?? 'embedded';
  if (transport !== 'embedded' && transport !== 'kafka') {
    throw new Error(`TAPESTRY_TRANSPORT must be "embedded" or "kafka", got "${transport}"`);
  }
  return {
    root,
    dataDir: resolve(env.TAPESTRY_DATA_DIR ?? join(root, '.data')),
    transport,
    // 5432 is left alone: a system PostgreSQL often has it.
    postgresPort: port('TAPESTRY_PG_PORT', 54329),
    kafkaPort: port('TAPESTRY_KAFKA_PORT', 19092),
    kafkaControllerPort: port('TAPESTRY_KAFKA_CONTROLLER_PORT', 19093),
    gatewayPort: port('TAPESTRY_GATEWAY_PORT', 4000),
    identityPort: port('TAPESTRY_IDENTITY_PORT', 4001),
    trainingPort: port('TAPESTRY_TRAINING_PORT', 4002),
    matchingPort: port('TAPESTRY_MATCHING_PORT', 4003),
    supervisionPort: port('TAPESTRY_SUPERVISION_PORT', 4004),
    analyticsPort: port('TAPESTRY_ANALYTICS_PORT', 4005),
    smtpUrl: env.SMTP_URL ?? null,
    smtpCatcherPort: port('TAPESTRY_SMTP_PORT', 2525),
    production: env.NODE_ENV === 'production',
    demoScenarioScale: scale(env.TAPESTRY_DEMO_SCENARIO_SCALE, 0.25),
  };
}
