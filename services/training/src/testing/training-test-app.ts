import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import {
  generateSigningKeyPair,
  jwksFromPublicKeys,
  type Principal,
} from '@tapestry/auth';
import { create } from '@bufbuild/protobuf';
import { encodeIdentityEvent, envelopeFor, IdentityEventSchema, topicFor, type IdentityEvent } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type Transport } from '@tapestry/messaging';
import { createSubgraphApp, TRANSPORT } from '@tapestry/nest-kit';
import { createTestDatabase, forwardedHeaders, postToSubgraph } from '@tapestry/testing';
import { TrainingModule } from '../app.module';
import { SettableClock } from '../infrastructure/training-clock';
import type { TrainingConfig } from '../infrastructure/training-config';
import { TrainingStore } from '../infrastructure/training-store';
import type { GraphQLReply } from '@tapestry/testing';
import { TestPeople } from './test-people';

export interface TrainingTestApp {
  app: INestApplication;
  /** Base address, e.g. http://127.0.0.1:41234 (GraphQL at /graphql). */
  url: string;
  /** A pool of the app's own database, for asserting on events and read-model tables directly. */
  pool: Pool;
  store: TrainingStore;
  commandBus: CommandBus;
  /** The time commands are decided at: starts at the real now, moves only when the test sets it. */
  clock: SettableClock;
  /** People in training's people directory, written directly (see TestPeople). */
  people: TestPeople;
  /** The app's embedded transport: subscribe to `tapestry.training.v1` to see what the relay publishes. */
  transport: Transport;
  /** POSTs to /graphql as the gateway would: with `principal`, signed by the test gateway key; without, anonymous. */
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLReply<Data>>;
  /** GETs a path (e.g. an .ics invitation) as the gateway would forward it. */
  get(path: string, principal?: Principal): Promise<Response>;
  /**
   * Publishes one identity event onto `tapestry.identity.v1` of the app's embedded bus, as identity's relay would:
   * for tests of training's consumers of identity's events. `streamId` keys it (one person's events stay in order).
   */
  publishIdentityEvent(event: IdentityEvent['event'], streamId: string, organisationId?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Training in-process as `main.ts` starts it, on a fresh database of the shared test PostgreSQL, with the embedded
 * transport on a second one, a settable clock, and a key pair standing in for the gateway's: only principals it
 * signs get through.
 *
 * People: `people.add({ organisationId, roles })` writes a person into training's people directory at once;
 * `principalOf(person)` is what the gateway would forward for them. To test the path from identity's events, use
 * `publishIdentityEvent` and wait for the directory to show the person.
 */
export async function startTrainingTestApp(): Promise<TrainingTestApp> {
  const [database, bus, gateway] = await Promise.all([createTestDatabase('training'), createTestDatabase('training_bus'), generateSigningKeyPair()]);
  const config: TrainingConfig = {
    port: 0,
    databaseUrl: database.url,
    transport: 'embedded',
    busDatabaseUrl: bus.url,
    kafkaBrokers: [],
    gatewayPublicJwkFile: '',
    production: false,
    dataDir: '',
    seedDemo: false,
  };
  const clock = new SettableClock();
  const app = await createSubgraphApp(TrainingModule.forRoot({ config, gatewayKeys: { jwks: jwksFromPublicKeys([gateway]) }, clock }), ['error', 'warn']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const transport = app.get<Transport>(TRANSPORT);
  const identityTopic = topicFor('identity');
  const streamVersions = new Map<string, number>();
  return {
    app,
    url,
    pool: database.pool,
    store: app.get(TrainingStore),
    commandBus: app.get(CommandBus),
    clock,
    people: new TestPeople(database.pool),
    transport,
    graphql: (query, variables, principal) => postToSubgraph(`${url}/graphql`, gateway, query, variables, principal),
    get: async (path, principal) => fetch(`${url}${path}`, { headers: await forwardedHeaders(gateway, principal) }),
    publishIdentityEvent: async (event, streamId, organisationId) => {
      const streamVersion = (streamVersions.get(streamId) ?? 0) + 1;
      streamVersions.set(streamId, streamVersion);
      const recorded: RecordedEvent = {
        globalPosition: 0n,
        transactionId: 0n,
        streamId,
        streamType: 'identity-test',
        streamVersion,
        eventId: randomUUID(),
        type: event.case ? event.case[0].toUpperCase() + event.case.slice(1) : 'Unknown',
        data: null,
        metadata: { correlationId: randomUUID(), actor: 'system:test', ...(organisationId ? { organisationId } : {}), schemaVersion: 1 },
        recordedAt: new Date(),
      };
      const bytes = encodeIdentityEvent(create(IdentityEventSchema, { envelope: envelopeFor(recorded), event }));
      await transport.ensureTopics([identityTopic]);
      const publisher = await transport.createPublisher();
      try {
        await publisher.publish([outgoingMessageFor(recorded, identityTopic, bytes)]);
      } finally {
        await publisher.close();
      }
    },
    close: async () => {
      await app.close();
      await Promise.all([database.drop(), bus.drop()]);
    },
  };
}
