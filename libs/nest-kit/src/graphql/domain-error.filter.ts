import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { toGraphQLError } from './to-graphql-error';

/** Maps every error thrown in a resolver once, at the edge (STYLE.md habit 5); HTTP routes keep Nest's handling. */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    return toGraphQLError(exception, (error) => this.logger.error(error instanceof Error ? error.stack : String(error)));
  }
}
