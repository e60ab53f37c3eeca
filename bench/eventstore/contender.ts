import type { Pool } from 'pg';
import type { BenchEvent } from './workload';

/** One event store under test, opened on a database of its own. */
export interface Contender {
  name: string;
  open(url: string, writers: number): Promise<ContenderSession>;
}

export interface ContenderSession {
  /** One command: append one event, expecting the stream at `expectedVersion` (0: the stream is new). */
  append(streamId: string, expectedVersion: number, event: BenchEvent): Promise<void>;
  /** Puts `count` events in the store with plain SQL, so seeding costs the same whatever the append path. */
  seed(count: number): Promise<void>;
  /** Reads every event from the start, batch by batch, the way the store's readers do; returns how many. */
  readAll(batchSize: number): Promise<number>;
  close(): Promise<void>;
}

const SEED_CHUNK = 10_000;

/** Runs `insertChunk(from, to)` over 1..count in chunks: each its own transaction, as many appends would be. */
export async function seedInChunks(pool: Pool, count: number, insertSql: string): Promise<void> {
  for (let from = 1; from <= count; from += SEED_CHUNK) {
    await pool.query(insertSql, [from, Math.min(count, from + SEED_CHUNK - 1)]);
  }
  await pool.query('VACUUM ANALYZE');
}
