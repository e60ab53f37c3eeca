import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { checkOperationLimits } from './check-query-limits';
import type { QueryLimits, QueryLimitViolation } from './query-limits';

/**
 * Refuses an operation over the depth, alias or cost limit once it is resolved, before it is
 * planned or sent to any subgraph. (The size limit applies earlier, to the raw text: see
 * graphql-http-handler.ts.)
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, schema, request }) {
          const violation = operation && checkOperationLimits({ document, operation, schema, variables: request.variables }, limits);
          return violation ? Promise.reject(limitError(violation)) : Promise.resolve();
        },
      });
    },
  };
}

function limitError({ code, message, measured, limit }: QueryLimitViolation): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, limit, measured, http: { status: 400 } },
  });
}
