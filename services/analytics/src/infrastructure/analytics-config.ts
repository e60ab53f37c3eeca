import { loadServiceConfig, type ServiceConfig } from '@tapestry/nest-kit';

export type AnalyticsConfig = ServiceConfig;

export function loadAnalyticsConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  return loadServiceConfig(env, 'analytics', 4005);
}
