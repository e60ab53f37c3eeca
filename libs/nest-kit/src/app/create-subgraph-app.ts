import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DynamicModule, LogLevel } from '@nestjs/common';

/** Above the gateway's 10 MiB request limit, so a service's own limits (e.g. a staff list's) are the ones people meet. */
export const REQUEST_BODY_LIMIT = '12mb';

/**
 * How long a service keeps an idle keep-alive connection from the gateway open. The gateway's fetcher keeps idle
 * sockets with no timeout of its own, so with Node's default of 5 s a request sent on a socket the service was just
 * closing failed as "socket hang up" (apollographql/federation#2313); a minute makes that race rare, and the headers
 * timeout must exceed it.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * A Tapestry NestJS service app: JSON bodies up to REQUEST_BODY_LIMIT (Nest's default of 100 kB refuses a staff list)
 * and idle connections kept for KEEP_ALIVE_TIMEOUT_MS.
 */
export async function createSubgraphApp(module: DynamicModule, logger: LogLevel[] | false = ['error', 'warn', 'log']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bodyParser: false, logger });
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.enableShutdownHooks();
  const server: Server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return app;
}
