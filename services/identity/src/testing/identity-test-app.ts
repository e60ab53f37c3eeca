import { createSubgraphApp, TRANSPORT } from '@tapestry/nest-kit';
import type { Transport } from '@tapestry/messaging';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import {
  generateSigningKeyPair,
  jwksFromPublicKeys,
  publicJwkOf,
  type Principal,
} from '@tapestry/auth';
import { createTestDatabase, postToSubgraph } from '@tapestry/testing';
import { loadIdentityKeys } from '../accounts/identity-keys';
import { IdentityModule } from '../app.module';
import type { IdentityConfig } from '../infrastructure/identity-config';
import { IdentityStore } from '../infrastructure/identity-store';
import type { GraphQLReply } from '@tapestry/testing';

export interface IdentityTestApp {
  app: INestApplication;
  /** Base address, e.g. http://127.0.0.1:41234 (GraphQL at /graphql). */
  url: string;
  /** A pool of the app's own database, for asserting on events and read-model tables directly. */
  pool: Pool;
  store: IdentityStore;
  commandBus: CommandBus;
  /** The app's embedded transport: subscribe to `tapestry.identity.v1` to see what the relay publishes. */
  transport: Transport;
  /** POSTs to /graphql as the gateway would: with `principal`, signed by the test gateway key; without, anonymous. */
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLReply<Data>>;
  close(): Promise<void>;
}

/**
 * Identity in-process as `main.ts` starts it, on a fresh database of the shared test PostgreSQL, with the embedded
 * transport on a second one, and a key pair standing in for the gateway's: only principals it signs get through.
 */
export async function startIdentityTestApp(): Promise<IdentityTestApp> {
  const [database, bus, gateway, dataDir] = await Promise.all([
    createTestDatabase('identity'),
    createTestDatabase('identity_bus'),
    generateSigningKeyPair(),
    mkdtemp(join(tmpdir(), 'tapestry-identity-test-')),
  ]);
  const config: IdentityConfig = {
    port: 0,
    databaseUrl: database.url,
    transport: 'embedded',
    busDatabaseUrl: bus.url,
    kafkaBrokers: [],
    keysDir: join(dataDir, 'keys'),
    gatewayPublicJwkFile: join(dataDir, 'gateway.public.jwk.json'),
    issuer: 'tapestry-identity',
    audience: 'tapestry',
    accessTokenTtlSeconds: 900,
    production: false,
    demoLoginsFile: null,
  };
  await writeFile(config.gatewayPublicJwkFile, JSON.stringify(publicJwkOf(gateway)));
  const keys = await loadIdentityKeys(config.keysDir);
  const app = await createSubgraphApp(IdentityModule.forRoot({ config, keys, gatewayKeys: { jwks: jwksFromPublicKeys([gateway]) } }), ['error', 'warn']);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer()).address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    pool: database.pool,
    store: app.get(IdentityStore),
    commandBus: app.get(CommandBus),
    transport: app.get<Transport>(TRANSPORT),
    graphql: (query, variables, principal) => postToSubgraph(`${url}/graphql`, gateway, query, variables, principal),
    close: async () => {
      await app.close();
      await Promise.all([database.drop(), bus.drop(), rm(dataDir, { recursive: true, force: true })]);
    },
  };
}
