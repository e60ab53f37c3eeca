import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printBanner } from './banner';
import type { DemoLogins } from './demo-logins';
import { startPlatformKafka, type PlatformKafka } from './kafka';
import { loadPlatformConfig } from './platform-config';
import { startPlatformPostgres } from './postgres';
import { SmtpCatcher } from '@tapestry/mail';
import { analyticsEnvironment, ensureGatewayKeys, gatewayEnvironment, identityEnvironment, matchingEnvironment, supervisionEnvironment, trainingEnvironment, type PlatformTopology } from './service-environments';
import { ensurePortalBuilt } from './portal-build';
import { startServiceProcess, waitUntilHealthy, type ServiceProcess } from './service-process';
import { runEvaluationScenario } from './evaluation/run-evaluation-scenario';

/**
 * `npm start`: one command, the whole platform. A real PostgreSQL from npm, each service its own process with its own
 * database, events over the embedded PostgreSQL-backed transport, or over a real Kafka broker with
 * TAPESTRY_TRANSPORT=kafka. Data and keys are kept in .data/ between restarts.
 */
async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const started: ServiceProcess[] = [];
  let kafka: PlatformKafka | undefined;
  let mailCatcher: SmtpCatcher | undefined;
  const postgres = await startPlatformPostgres(config);
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    for (const service of [...started].reverse()) await service.stop();
    await kafka?.stop();
    await mailCatcher?.close();
    await postgres.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    await ensureGatewayKeys(config.dataDir);
    if (config.transport === 'kafka') kafka = await startPlatformKafka(config);
    // Without an SMTP server of the user's, a local catcher keeps every mail as an .eml file the lead can open.
    if (!config.smtpUrl) mailCatcher = await SmtpCatcher.start({ port: config.smtpCatcherPort, mailDir: join(config.dataDir, 'mail') });
    const firstStart = !existsSync(join(config.dataDir, 'demo-logins.json'));
    const topology: PlatformTopology = {
      dataDir: config.dataDir,
      transport: config.transport,
      identityPort: config.identityPort,
      trainingPort: config.trainingPort,
      matchingPort: config.matchingPort,
      supervisionPort: config.supervisionPort,
      analyticsPort: config.analyticsPort,
      gatewayPort: config.gatewayPort,
      identityDatabaseUrl: postgres.url('tapestry_identity'),
      trainingDatabaseUrl: postgres.url('tapestry_training'),
      matchingDatabaseUrl: postgres.url('tapestry_matching'),
      supervisionDatabaseUrl: postgres.url('tapestry_supervision'),
      analyticsDatabaseUrl: postgres.url('tapestry_analytics'),
      smtpUrl: config.smtpUrl ?? mailCatcher?.url ?? '',
      busDatabaseUrl: postgres.url('tapestry_bus'),
      kafkaBrokers: kafka?.brokers,
      production: config.production,
      seedDemo: true,
      clockOffsetFile: join(config.dataDir, 'clock-offset'),
      portalDir: ensurePortalBuilt(config.root),
    };
    const identity = startServiceProcess(config.root, 'identity', identityEnvironment(topology));
    started.push(identity);
    await waitUntilHealthy(identity, `http://127.0.0.1:${config.identityPort}/health`);
    // Before the gateway, which composes every subgraph once, at start.
    const training = startServiceProcess(config.root, 'training', trainingEnvironment(topology));
    started.push(training);
    await waitUntilHealthy(training, `http://127.0.0.1:${config.trainingPort}/health`);
    const matching = startServiceProcess(config.root, 'matching', matchingEnvironment(topology));
    started.push(matching);
    await waitUntilHealthy(matching, `http://127.0.0.1:${config.matchingPort}/health`);
    const supervision = startServiceProcess(config.root, 'supervision', supervisionEnvironment(topology));
    started.push(supervision);
    await waitUntilHealthy(supervision, `http://127.0.0.1:${config.supervisionPort}/health`);
    const analytics = startServiceProcess(config.root, 'analytics', analyticsEnvironment(topology));
    started.push(analytics);
    await waitUntilHealthy(analytics, `http://127.0.0.1:${config.analyticsPort}/health`);
    const gateway = startServiceProcess(config.root, 'gateway', gatewayEnvironment(topology));
    started.push(gateway);
    await waitUntilHealthy(gateway, `http://127.0.0.1:${config.gatewayPort}/health`);
    for (const service of started) {
      service.child.once('exit', (code) => {
        if (stopping) return;
        console.error(`${service.name} stopped unexpectedly (exit code ${code}); stopping the platform.`);
        void stop(1);
      });
    }
    if (firstStart && config.demoScenarioScale > 0) await playDemoScenario(config.gatewayPort, config.dataDir, config.demoScenarioScale);
    const logins = JSON.parse(readFileSync(join(config.dataDir, 'demo-logins.json'), 'utf8')) as DemoLogins;
    printBanner(config, logins, firstStart);
  } catch (error) {
    console.error(`Tapestry could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

/**
 * The demo's history: the evaluation scenario plays a year of the evaluated trust's programme through the API, so the
 * analyst has figures and outcomes to look at. A failure leaves the demo running without it.
 */
async function playDemoScenario(gatewayPort: number, dataDir: string, scale: number): Promise<void> {
  console.log(`Playing the evaluation scenario at ${scale} of the evaluated programme's size (a year of history; a few minutes, first start only)...`);
  try {
    const result = await runEvaluationScenario({
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      clockOffsetFile: join(dataDir, 'clock-offset'),
      dataDir,
      scale,
      log: (line) => console.log(`[scenario] ${line}`),
    });
    console.log(result.report);
  } catch (error) {
    console.error(`The evaluation scenario stopped, and the demo carries on without it: ${error instanceof Error ? error.message : String(error)}`);
  }
}

void main();
