import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createSubgraphApp } from '@tapestry/nest-kit';
import type { JWK } from '@tapestry/auth';
import { TrainingModule } from './app.module';
import { seedTrainingDemo } from './demo/seed-training-demo';
import { loadTrainingConfig } from './infrastructure/training-config';

async function main(): Promise<void> {
  const config = loadTrainingConfig();
  const gatewayJwk = JSON.parse(await readFile(config.gatewayPublicJwkFile, 'utf8')) as JWK;
  const app = await createSubgraphApp(TrainingModule.forRoot({ config, gatewayKeys: { jwks: { keys: [gatewayJwk] } } }));
  await app.init();
  await app.listen(config.port, '127.0.0.1');
  console.log(`training listening on http://127.0.0.1:${config.port}/graphql`);
  // After listening: the demo's people reach training through identity's events, which the running app consumes.
  if (config.seedDemo) {
    await seedTrainingDemo(app).catch((error: unknown) => {
      console.error('training could not seed its demo data:', error instanceof Error ? error.message : error);
    });
  }
}

main().catch((error: unknown) => {
  console.error('training failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
