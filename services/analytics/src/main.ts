import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createSubgraphApp } from '@tapestry/nest-kit';
import type { JWK } from '@tapestry/auth';
import { AnalyticsModule } from './app.module';
import { loadAnalyticsConfig } from './infrastructure/analytics-config';

async function main(): Promise<void> {
  const config = loadAnalyticsConfig();
  const gatewayJwk = JSON.parse(await readFile(config.gatewayPublicJwkFile, 'utf8')) as JWK;
  const app = await createSubgraphApp(AnalyticsModule.forRoot({ config, gatewayKeys: { jwks: { keys: [gatewayJwk] } } }));
  await app.init();
  await app.listen(config.port, '127.0.0.1');
  console.log(`analytics listening on http://127.0.0.1:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error('analytics failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
