export { freePort } from './free-port';
export { startEmbeddedPostgres } from './postgres-server';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './postgres-server';
