import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { IncomingHttpHeaders } from 'node:http';

/** The part of an HTTP request the principal is read from. */
export interface RequestWithHeaders {
  headers: IncomingHttpHeaders;
}

/** The HTTP request behind a GraphQL operation or a controller call. */
export function requestOf(context: ExecutionContext): RequestWithHeaders {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithHeaders }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithHeaders>();
}
