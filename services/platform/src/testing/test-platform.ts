import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, freePort, type TestDatabase } from '@tapestry/testing';
import type { DemoLogins } from '../demo-logins';
import { SmtpCatcher } from '@tapestry/mail';
import { analyticsEnvironment, ensureGatewayKeys, gatewayEnvironment, identityEnvironment, matchingEnvironment, supervisionEnvironment, trainingEnvironment, type PlatformTopology } from '../service-environments';
import { ensurePortalBuilt } from '../portal-build';
import { startServiceProcess, waitUntilHealthy, type ServiceProcess } from '../service-process';
import { FAILURE_HOOK, RUNNING_PLATFORMS, type FailureHook, type RunningPlatforms } from './failure-hook';
import { dataOf, postGraphQL, type GraphQLReply } from './graphql-client';
import { ServiceLogs } from './service-logs';

const ROOT = resolve(__dirname, '../../../..');

export interface SignedIn {
  token: string;
  personId: string;
  organisationId: string;
}

export interface TestPlatform {
  /** The gateway's GraphQL endpoint: where every client call goes. */
  readonly gatewayUrl: string;
  /** Identity's own GraphQL endpoint, for checking that calls bypassing the gateway are refused. */
  readonly identityUrl: string;
  /** Identity's own database, for checking what was appended to its event store. */
  readonly identityDatabaseUrl: string;
  /** Training's own database, for checking what was appended to its event store. */
  readonly trainingDatabaseUrl: string;
  /** Matching's own database. */
  readonly matchingDatabaseUrl: string;
  /** Supervision's own database (e.g. for running its rebuild CLI). */
  readonly supervisionDatabaseUrl: string;
  readonly analyticsDatabaseUrl: string;
  /** Every mail the platform sent, received over SMTP on loopback. */
  readonly mail: SmtpCatcher;
  /** Keys (identity's and the gateway's) and demo-logins.json live here. */
  readonly dataDir: string;
  /** The demo trust's logins, as `npm start` prints them. */
  readonly logins: DemoLogins;
  /** An operation through the gateway. */
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLReply<Data>>;
  /** An access token for the demo login of `role` (as demo-logins.json names it, e.g. "organisation_admin"). */
  login(role: string): Promise<string>;
  /** Signs in the demo login of `role`: its token, person and organisation. */
  signInAs(role: string): Promise<SignedIn>;
  /** Logs in through the gateway; throws, quoting the refusal, if the login fails. */
  signIn(email: string, password: string): Promise<SignedIn>;
  /** Stops every service and the gateway and starts them again on the same databases, data folder and ports. */
  restart(): Promise<void>;
  /** Stops the services and removes their databases and data folder. */
  stop(): Promise<void>;
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken person { id organisationId } }
}`;

/** `count` different ports: freePort asks the OS each time, which may hand the same one back once it is closed. */
async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  return ports;
}

/**
 * The whole platform as `npm start` runs it (embedded transport), for *.e2e.spec.ts files: fresh identity, training,
 * matching, supervision, analytics and bus databases on the test PostgreSQL, a temporary data folder, an SMTP catcher for mail, and identity
 * (seeding the demo trust), training, matching, supervision, analytics and the gateway as separate processes. Starting takes some seconds: share one per spec file (beforeAll) and stop it
 * in afterAll.
 * Service output is held back and printed only for a failed test (with the e2e-environment docblock) or live with
 * TAPESTRY_E2E_LOGS=1.
 */
export interface TestPlatformOptions {
  /** Default embedded; 'kafka' uses the test broker (kafkaBrokers() from @tapestry/testing). */
  transport?: 'embedded' | 'kafka';
  kafkaBrokers?: readonly string[];
  /** Shifts every service's clock by the milliseconds this file holds (see ServiceClock), for scenarios played over months. */
  clockOffsetFile?: string;
  /** Serve the web portal at the gateway's / (built first if its sources changed). */
  portal?: boolean;
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const logs = new ServiceLogs();
  const dataDir = await mkdtemp(join(tmpdir(), 'tapestry-e2e-'));
  const databases: TestDatabase[] = [];
  let mail: SmtpCatcher | undefined;
  let services: ServiceProcess[] = [];
  const printLogs: FailureHook = (heading) => logs.flush(heading);
  const globals = globalThis as Record<string, unknown>;
  globals[FAILURE_HOOK] = printLogs;

  const stopServices = async (): Promise<void> => {
    const running = services;
    services = [];
    for (const service of running.reverse()) await service.stop();
  };
  const running = (globals[RUNNING_PLATFORMS] ??= new Set()) as RunningPlatforms;
  let removed = false;
  // Each call removes what is there when it runs: the environment's teardown may stop a platform mid-start, and the
  // failed start then removes whatever it created after that.
  const removeAll = async (): Promise<void> => {
    removed = true;
    running.delete(removeAll);
    await stopServices();
    await Promise.all(databases.splice(0).map((database) => database.drop()));
    const catcher = mail;
    mail = undefined;
    await catcher?.close();
    await rm(dataDir, { recursive: true, force: true });
    if (globals[FAILURE_HOOK] === printLogs) delete globals[FAILURE_HOOK];
  };
  running.add(removeAll);

  try {
    const identityDb = await createTestDatabase('e2e_identity');
    databases.push(identityDb);
    const trainingDb = await createTestDatabase('e2e_training');
    databases.push(trainingDb);
    const matchingDb = await createTestDatabase('e2e_matching');
    databases.push(matchingDb);
    const supervisionDb = await createTestDatabase('e2e_supervision');
    databases.push(supervisionDb);
    const analyticsDb = await createTestDatabase('e2e_analytics');
    databases.push(analyticsDb);
    const busDb = await createTestDatabase('e2e_bus');
    databases.push(busDb);
    const catcher = await SmtpCatcher.start();
    mail = catcher;
    if (removed) throw new Error('The test platform was stopped while it was starting.');
    const [identityPort, trainingPort, matchingPort, supervisionPort, analyticsPort, gatewayPort] = await freePorts(6);
    await ensureGatewayKeys(dataDir);
    const topology: PlatformTopology = {
      dataDir,
      transport: options.transport ?? 'embedded',
      kafkaBrokers: options.kafkaBrokers,
      clockOffsetFile: options.clockOffsetFile,
      portalDir: options.portal ? ensurePortalBuilt(ROOT) : undefined,
      identityPort,
      trainingPort,
      matchingPort,
      supervisionPort,
      analyticsPort,
      gatewayPort,
      identityDatabaseUrl: identityDb.url,
      trainingDatabaseUrl: trainingDb.url,
      matchingDatabaseUrl: matchingDb.url,
      supervisionDatabaseUrl: supervisionDb.url,
      analyticsDatabaseUrl: analyticsDb.url,
      smtpUrl: catcher.url,
      busDatabaseUrl: busDb.url,
      seedDemo: true,
    };
    const start = (name: string, env: Record<string, string>): ServiceProcess => {
      if (removed) throw new Error(`The test platform was stopped while it was starting, before ${name} started.`);
      const service = startServiceProcess(ROOT, name, env, { onLine: logs.sink(name) });
      service.child.once('exit', (code, signal) => logs.note(`[platform] ${name} exited (code ${code}, signal ${signal})`));
      services.push(service);
      return service;
    };
    const startServices = async (): Promise<void> => {
      const identity = start('identity', identityEnvironment(topology));
      await waitUntilHealthy(identity, `http://127.0.0.1:${identityPort}/health`);
      const training = start('training', trainingEnvironment(topology));
      await waitUntilHealthy(training, `http://127.0.0.1:${trainingPort}/health`);
      const matching = start('matching', matchingEnvironment(topology));
      await waitUntilHealthy(matching, `http://127.0.0.1:${matchingPort}/health`);
      const supervision = start('supervision', supervisionEnvironment(topology));
      await waitUntilHealthy(supervision, `http://127.0.0.1:${supervisionPort}/health`);
      const analytics = start('analytics', analyticsEnvironment(topology));
      await waitUntilHealthy(analytics, `http://127.0.0.1:${analyticsPort}/health`);
      const gateway = start('gateway', gatewayEnvironment(topology));
      await waitUntilHealthy(gateway, `http://127.0.0.1:${gatewayPort}/health`);
    };
    const readLogins = async (): Promise<DemoLogins> => JSON.parse(await readFile(join(dataDir, 'demo-logins.json'), 'utf8')) as DemoLogins;

    await startServices();
    let logins = await readLogins();
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

    const signIn = async (email: string, password: string): Promise<SignedIn> => {
      const reply = await postGraphQL<{ login: { accessToken: string; person: { id: string; organisationId: string } } }>(gatewayUrl, LOGIN, {
        variables: { email, password },
      });
      const { accessToken, person } = dataOf(reply).login;
      return { token: accessToken, personId: person.id, organisationId: person.organisationId };
    };

    const signInAs = async (role: string): Promise<SignedIn> => {
      const holder = logins.logins.find((login) => login.role === role);
      if (!holder) throw new Error(`No demo login for "${role}"; there are: ${logins.logins.map((login) => login.role).join(', ')}.`);
      return signIn(holder.email, logins.password);
    };

    return {
      gatewayUrl,
      identityUrl: `http://127.0.0.1:${identityPort}/graphql`,
      identityDatabaseUrl: identityDb.url,
      trainingDatabaseUrl: trainingDb.url,
      matchingDatabaseUrl: matchingDb.url,
      supervisionDatabaseUrl: supervisionDb.url,
      analyticsDatabaseUrl: analyticsDb.url,
      mail: catcher,
      dataDir,
      get logins() {
        return logins;
      },
      graphql: (query, variables, token) => postGraphQL(gatewayUrl, query, { variables, token }),
      login: async (role) => (await signInAs(role)).token,
      signInAs,
      signIn,
      async restart() {
        await stopServices();
        logs.note('[platform] restarting identity, training, matching, supervision, analytics and the gateway');
        await startServices();
        logins = await readLogins();
      },
      stop: removeAll,
    };
  } catch (error) {
    logs.flush('service logs of a test platform that did not start');
    await removeAll();
    throw error;
  }
}
