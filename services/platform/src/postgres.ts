import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@tapestry/embedded';
import type { PlatformConfig } from './platform-config';

/** The databases infra/postgres/init declares: the one list both docker-compose and npm start use. */
export function declaredDatabases(root: string): string[] {
  const sql = readFileSync(join(root, 'infra/postgres/init/01-databases.sql'), 'utf8');
  return [...sql.matchAll(/^CREATE DATABASE (\w+);/gm)].map((match) => match[1] ?? '').filter(Boolean);
}

export async function startPlatformPostgres(config: PlatformConfig): Promise<EmbeddedPostgresHandle> {
  const postgres = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    port: config.postgresPort,
    persistent: true,
  });
  const admin = new Client(postgres.url());
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database');
    const existing = new Set(rows.map((row) => row.datname));
    for (const name of declaredDatabases(config.root)) {
      if (!existing.has(name)) await admin.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
  return postgres;
}
