import { Pool } from 'pg';
import { withSnapshot, type Queryable } from '@tapestry/eventsourcing';

/**
 * Memory for one figure table's sorts and hashes: the consortium-wide families count distinct people over tens of
 * thousands of rows, which at PostgreSQL's default 4 MB spill to disk. Set for the table's transaction only.
 */
export const FIGURES_WORK_MEM = '32MB';

/**
 * Runs a figure table's queries in one read-only transaction on one connection of `db` when it is a pool: every family
 * reads the same snapshot of the warehouse, with FIGURES_WORK_MEM. Given a client (a caller's transaction), runs on it
 * unchanged: its settings are the caller's to make.
 */
export async function withFiguresTransaction<T>(db: Queryable, work: (db: Queryable) => Promise<T>): Promise<T> {
  if (!(db instanceof Pool)) return work(db);
  return withSnapshot(db, async (client) => {
    await client.query(`SET LOCAL work_mem = '${FIGURES_WORK_MEM}'`);
    return work(client);
  });
}
