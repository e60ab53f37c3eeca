export { freePort, startEmbeddedPostgres } from '@tapestry/embedded';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from '@tapestry/embedded';
export { createTestDatabase, testServerUrl } from './postgres/test-database';
export type { TestDatabase } from './postgres/test-database';
export { waitFor } from './wait-for';
export type { WaitForOptions } from './wait-for';
export * from './kafka';
export { codesOf, dataOf } from './graphql/graphql-reply';
export type { GraphQLReply, GraphQLReplyError } from './graphql/graphql-reply';
