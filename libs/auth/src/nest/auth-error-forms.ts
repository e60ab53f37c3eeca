import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuthError } from '../errors/auth-error';

/** An AuthError as GraphQL clients see it: its code in `extensions.code`, and a 401 or 403. */
export function authGraphQLError(error: AuthError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: error.httpStatus } },
  });
}

/** An AuthError as a plain HTTP client (a controller's caller) sees it. */
export function authHttpException(error: AuthError): HttpException {
  return new HttpException({ code: error.code, message: error.message }, error.httpStatus, { cause: error });
}

/** An AuthError in its GraphQL form, for rethrowing from a resolver or context; anything else unchanged. */
export function asGraphQLError(error: unknown): unknown {
  return error instanceof AuthError ? authGraphQLError(error) : error;
}

/** An AuthError in the form the transport answers with; anything else unchanged. */
export function inTransportForm(error: unknown, transport: 'graphql' | 'http'): unknown {
  if (!(error instanceof AuthError)) return error;
  return transport === 'graphql' ? authGraphQLError(error) : authHttpException(error);
}
