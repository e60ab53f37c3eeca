import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DynamicModule, LogLevel } from '@nestjs/common';

/** Above the gateway's 10 MiB request limit, so a service's own limits (e.g. a staff list's) are the ones people meet. */
export const REQUEST_BODY_LIMIT = '12mb';

/** A Tapestry NestJS service app: JSON bodies up to REQUEST_BODY_LIMIT (Nest's default of 100 kB refuses a staff list). */
export async function createSubgraphApp(module: DynamicModule, logger: LogLevel[] | false = ['error', 'warn', 'log']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bodyParser: false, logger });
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.enableShutdownHooks();
  return app;
}
