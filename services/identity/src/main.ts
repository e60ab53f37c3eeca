import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createSubgraphApp } from '@tapestry/nest-kit';
import type { JWK } from '@tapestry/auth';
import { loadIdentityKeys } from './accounts/identity-keys';
import { IdentityModule } from './app.module';
import { seedDemo } from './demo/seed-demo';
import { loadIdentityConfig } from './infrastructure/identity-config';

async function main(): Promise<void> {
  const config = loadIdentityConfig();
  const keys = await loadIdentityKeys(config.keysDir);
  const gatewayJwk = JSON.parse(await readFile(config.gatewayPublicJwkFile, 'utf8')) as JWK;
  const app = await createSubgraphApp(IdentityModule.forRoot({ config, keys, gatewayKeys: { jwks: { keys: [gatewayJwk] } } }));
  await app.init();
  if (config.demoLoginsFile) await seedDemo(app, config.demoLoginsFile);
  await app.listen(config.port, '127.0.0.1');
  console.log(`identity listening on http://127.0.0.1:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error('identity failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
