import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createSubgraphApp } from '@tapestry/nest-kit';
import type { JWK } from '@tapestry/auth';
import { SupervisionModule } from './app.module';
import { loadSupervisionConfig } from './infrastructure/supervision-config';

async function main(): Promise<void> {
  const config = loadSupervisionConfig();
  const gatewayJwk = JSON.parse(await readFile(config.gatewayPublicJwkFile, 'utf8')) as JWK;
  const app = await createSubgraphApp(SupervisionModule.forRoot({ config, gatewayKeys: { jwks: { keys: [gatewayJwk] } } }));
  await app.init();
  await app.listen(config.port, '127.0.0.1');
  console.log(`supervision listening on http://127.0.0.1:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error('supervision failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
