import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Pool } from 'pg';
import { generateSigningKeyPair, jwksFromPublicKeys, type Principal } from '@tapestry/auth';
import type { Transport } from '@tapestry/messaging';
import { createSubgraphApp, TRANSPORT } from '@tapestry/nest-kit';
import { createTestDatabase, postToSubgraph, type GraphQLReply } from '@tapestry/testing';
import { MatchingModule } from '../app.module';
import { FollowUps } from '../follow-ups/follow-ups';
import { SettableClock } from '../infrastructure/matching-clock';
import type { MatchingConfig } from '../infrastructure/matching-config';
import { MatchingStore } from '../infrastructure/matching-store';
import { DEFAULT_MAIL_FROM, SmtpCatcher, SmtpMailer, loadMailConfig } from '@tapestry/mail';
import { TestPeople } from './test-people';

export interface MatchingTestApp {
  app: INestApplication;
  url: string;
  /** The app's own database, for asserting on events and read models directly. */
  pool: Pool;
  store: MatchingStore;
  /** Starts at the real now; moves only when the test sets it. */
  clock: SettableClock;
  people: TestPeople;
  /** Receives everything the app mails, over SMTP on loopback. */
  mail: SmtpCatcher;
  followUps: FollowUps;
  /** The app's embedded transport: subscribe to `tapestry.matching.v1` to see what the relay publishes. */
  transport: Transport;
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLReply<Data>>;
  /** Stops the app, keeping its databases: `restart()` starts a new app on them (a service restart). */
  restart(): Promise<MatchingTestApp>;
  close(): Promise<void>;
}

interface Databases {
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  bus: Awaited<ReturnType<typeof createTestDatabase>>;
}

/**
 * Matching in-process as `main.ts` starts it, on fresh databases of the shared test PostgreSQL, with the embedded
 * transport, a settable clock, real SMTP to a catcher on loopback, and a key pair standing in for the gateway's.
 * The follow-up poller is off: tests call `followUps.runDue()` after moving the clock.
 */
export async function startMatchingTestApp(): Promise<MatchingTestApp> {
  const [database, bus] = await Promise.all([createTestDatabase('matching'), createTestDatabase('matching_bus')]);
  const catcher = await SmtpCatcher.start();
  return startOn({ database, bus }, catcher, new SettableClock(), randomBytes(32));
}

async function startOn(databases: Databases, catcher: SmtpCatcher, clock: SettableClock, masterKey: Buffer): Promise<MatchingTestApp> {
  const gateway = await generateSigningKeyPair();
  const config: MatchingConfig = {
    port: 0,
    databaseUrl: databases.database.url,
    transport: 'embedded',
    busDatabaseUrl: databases.bus.url,
    kafkaBrokers: [],
    gatewayPublicJwkFile: '',
    production: false,
    dataDir: '',
    mail: loadMailConfig({ SMTP_URL: catcher.url, MAIL_FROM: DEFAULT_MAIL_FROM }),
    reflectionsKeyFile: '',
    followUpPollMs: 0,
    portalUrl: null,
    seedDemo: false,
  };
  const module = MatchingModule.forRoot({
    config,
    gatewayKeys: { jwks: jwksFromPublicKeys([gateway]) },
    mailer: new SmtpMailer(config.mail),
    reflectionsMasterKey: masterKey,
    clock,
  });
  const app = await createSubgraphApp(module, ['error', 'warn']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let closed = false;
  const stop = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  return {
    app,
    url,
    pool: databases.database.pool,
    store: app.get(MatchingStore),
    clock,
    people: new TestPeople(databases.database.pool),
    mail: catcher,
    followUps: app.get(FollowUps),
    transport: app.get<Transport>(TRANSPORT),
    graphql: (query, variables, principal) => postToSubgraph(`${url}/graphql`, gateway, query, variables, principal),
    restart: async () => {
      await stop();
      return startOn(databases, catcher, clock, masterKey);
    },
    close: async () => {
      await stop();
      await catcher.close();
      await Promise.all([databases.database.drop(), databases.bus.drop()]);
    },
  };
}
