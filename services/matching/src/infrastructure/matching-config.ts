import { join } from 'node:path';
import { loadMailConfig, type MailConfig } from '@tapestry/mail';
import { loadServiceConfig, type ServiceConfig } from '@tapestry/nest-kit';

export interface MatchingConfig extends ServiceConfig {
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

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 3600) throw new Error(`${name} must be a whole number of seconds from 1 to 3600, got "${text}".`);
  return value;
}

export function loadMatchingConfig(env: NodeJS.ProcessEnv = process.env): MatchingConfig {
  const base = loadServiceConfig(env, 'matching', 4003);
  return {
    ...base,
    mail: loadMailConfig(env),
    reflectionsKeyFile: env.TAPESTRY_REFLECTIONS_KEY_FILE ?? join(base.dataDir, 'keys', 'matching', 'reflections.key'),
    followUpPollMs: seconds(env, 'TAPESTRY_FOLLOW_UP_POLL_SECONDS', 30) * 1000,
    portalUrl: env.TAPESTRY_PORTAL_URL ?? null,
    seedDemo: env.TAPESTRY_SEED_DEMO === '1',
  };
}
