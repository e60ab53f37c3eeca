import { GraphQLError } from 'graphql';
import { ConcurrencyError, DomainError } from '@tapestry/eventsourcing';
import { AuthError, authGraphQLError } from '@tapestry/auth';

/**
 * The one place a typed error becomes what a caller sees: a stable `extensions.code` and a message a person can act
 * on. Anything unexpected becomes INTERNAL_SERVER_ERROR with a generic message; its detail goes to the log only.
 */
export function toGraphQLError(error: unknown, log: (error: unknown) => void = console.error): GraphQLError {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error;
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { ...(error.details ?? {}), code: error.code } });
  }
  if (error instanceof AuthError) return authGraphQLError(error);
  if (error instanceof ConcurrencyError) {
    return new GraphQLError(error.message, { extensions: { code: 'CONFLICT' } });
  }
  log(error);
  return new GraphQLError('Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
