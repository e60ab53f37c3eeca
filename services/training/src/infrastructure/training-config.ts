import { loadServiceConfig, type ServiceConfig } from '@tapestry/nest-kit';

export interface TrainingConfig extends ServiceConfig {
  /** Seed the demo catalogue and trained coaches on first start. */
  seedDemo: boolean;
}

export function loadTrainingConfig(env: NodeJS.ProcessEnv = process.env): TrainingConfig {
  return { ...loadServiceConfig(env, 'training', 4002), seedDemo: env.TAPESTRY_SEED_DEMO === '1' };
}
