import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Pool } from 'pg';
import { generateSigningKeyPair, jwksFromPublicKeys, type Principal } from '@tapestry/auth';
import type { Transport } from '@tapestry/messaging';
import { createSubgraphApp, TRANSPORT } from '@tapestry/nest-kit';
import { createTestDatabase, postToSubgraph, type GraphQLReply } from '@tapestry/testing';
import { SupervisionModule } from '../app.module';
import { SettableClock } from '../infrastructure/supervision-clock';
import type { SupervisionConfig } from '../infrastructure/supervision-config';
import { SupervisionStore } from '../infrastructure/supervision-store';

export interface SupervisionTestApp {
  app: INestApplication;
  /** The app's own database. */
  pool: Pool;
  store: SupervisionStore;
  clock: SettableClock;
  /** The app's embedded transport: publish matching's and identity's events onto it, see what the relay publishes. */
  transport: Transport;
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLReply<Data>>;
  close(): Promise<void>;
}

/** Supervision in-process as `main.ts` starts it, on fresh databases, with the embedded transport and a settable clock. */
export async function startSupervisionTestApp(): Promise<SupervisionTestApp> {
  const [database, bus, gateway] = await Promise.all([createTestDatabase('supervision'), createTestDatabase('supervision_bus'), generateSigningKeyPair()]);
  const config: SupervisionConfig = {
    port: 0,
    databaseUrl: database.url,
    transport: 'embedded',
    busDatabaseUrl: bus.url,
    kafkaBrokers: [],
    gatewayPublicJwkFile: '',
    production: false,
    dataDir: '',
  };
  const clock = new SettableClock();
  const app = await createSubgraphApp(SupervisionModule.forRoot({ config, gatewayKeys: { jwks: jwksFromPublicKeys([gateway]) }, clock }), ['error', 'warn']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    pool: database.pool,
    store: app.get(SupervisionStore),
    clock,
    transport: app.get<Transport>(TRANSPORT),
    graphql: (query, variables, principal) => postToSubgraph(`${url}/graphql`, gateway, query, variables, principal),
    close: async () => {
      await app.close();
      await Promise.all([database.drop(), bus.drop()]);
    },
  };
}
