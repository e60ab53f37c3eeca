export { freePort } from './postgres/free-port';
export { startEmbeddedPostgres } from './postgres/embedded-server';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './postgres/embedded-server';
export { createTestDatabase, testServerUrl } from './postgres/test-database';
export type { TestDatabase } from './postgres/test-database';
export { waitFor } from './wait-for';
export type { WaitForOptions } from './wait-for';
