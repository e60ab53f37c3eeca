import type { Pool, PoolClient } from 'pg';

/** Anything that runs a query: the pool (autocommit) or a client inside a caller's transaction. */
export type Queryable = Pick<PoolClient, 'query'>;

/**
 * Runs `work` in one transaction on a client of its own. A failed ROLLBACK (a broken connection) must not hide the
 * error that caused it, and such a client goes back to the pool marked broken so it is not reused.
 */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN', work);
}

/**
 * Runs `work`'s reads against one snapshot of the database (REPEATABLE READ, READ ONLY). A read that takes several
 * queries needs it: between two autocommit queries another transaction may commit, and the answer would mix the
 * state before it with the state after (a leaver read as employed but already without their approval).
 */
export async function withSnapshot<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
}

async function inTransaction<T>(pool: Pool, begin: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
