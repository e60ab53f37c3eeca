export { DatabaseModule } from './database/database.module';
export type { DatabaseModuleOptions } from './database/database.module';
export { PG_POOL } from './database/database.tokens';
export { DomainErrorFilter } from './graphql/domain-error.filter';
export { subgraphGraphQLModule } from './graphql/subgraph-graphql.module';
export type { SubgraphOptions } from './graphql/subgraph-graphql.module';
export { toGraphQLError } from './graphql/to-graphql-error';
export { HealthController } from './health/health.controller';
