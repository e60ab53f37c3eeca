import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';

export interface TestDatabase {
  name: string;
  url: string;
  pool: Pool;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** The shared test server's maintenance URL, exported by the int/e2e tiers' global setup. */
export function testServerUrl(database = 'postgres'): string {
  const base = process.env.TAPESTRY_TEST_PG_URL;
  if (!base) {
    throw new Error(
      'TAPESTRY_TEST_PG_URL is not set: run integration tests through `npm test` or `npm run test:int`, whose global setup starts PostgreSQL.',
    );
  }
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh, empty database on the shared embedded PostgreSQL: one per test file keeps tests independent. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(6).toString('hex')}`;
  const admin = new Client(testServerUrl());
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = testServerUrl(name);
  const pool = new Pool({ connectionString: url, max: 20 });
  // drop() terminates every connection to the database; an idle one of this pool must not crash the test run.
  pool.on('error', () => undefined);
  return {
    name,
    url,
    pool,
    drop: async () => {
      await pool.end();
      const client = new Client(testServerUrl());
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
