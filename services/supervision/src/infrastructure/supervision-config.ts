import { loadServiceConfig, type ServiceConfig } from '@tapestry/nest-kit';

export type SupervisionConfig = ServiceConfig;

export function loadSupervisionConfig(env: NodeJS.ProcessEnv = process.env): SupervisionConfig {
  return loadServiceConfig(env, 'supervision', 4004);
}
