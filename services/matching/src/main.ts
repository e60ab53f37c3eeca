import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createSubgraphApp } from '@tapestry/nest-kit';
import type { JWK } from '@tapestry/auth';
import { MatchingModule } from './app.module';
import { seedMatchingDemo } from './demo/seed-matching-demo';
import { loadMatchingConfig } from './infrastructure/matching-config';
import { SmtpMailer } from '@tapestry/mail';
import { loadOrCreateMasterKey, masterKeyFromEnv } from './reflections/vault';

async function main(): Promise<void> {
  const config = loadMatchingConfig();
  const gatewayJwk = JSON.parse(await readFile(config.gatewayPublicJwkFile, 'utf8')) as JWK;
  const reflectionsMasterKey = masterKeyFromEnv() ?? (await loadOrCreateMasterKey(config.reflectionsKeyFile));
  const mailer = new SmtpMailer(config.mail);
  const app = await createSubgraphApp(MatchingModule.forRoot({ config, gatewayKeys: { jwks: { keys: [gatewayJwk] } }, mailer, reflectionsMasterKey }));
  await app.init();
  await app.listen(config.port, '127.0.0.1');
  console.log(`matching listening on http://127.0.0.1:${config.port}/graphql`);
  // After listening: the demo's coaches reach matching through training's events, which the running app consumes.
  if (config.seedDemo) {
    await seedMatchingDemo(app).catch((error: unknown) => {
      console.error('matching could not seed its demo data:', error instanceof Error ? error.message : error);
    });
  }
}

main().catch((error: unknown) => {
  console.error('matching failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
