import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';

export interface SubgraphOptions {
  /** Production: no introspection, no stack traces. */
  production: boolean;
}

/** Keeps only what a caller may see: never a stack trace, never an internal exception's details. */
function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { code, http: _http, stacktrace: _stack, exception: _exception, ...rest } = formatted.extensions ?? {};
  return { ...formatted, extensions: { ...rest, code: code ?? 'INTERNAL_SERVER_ERROR' } };
}

/** A code-first Apollo Federation 2 subgraph at /graphql, as every Tapestry service exposes one. */
export function subgraphGraphQLModule(options: SubgraphOptions): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    path: '/graphql',
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError,
  });
}
