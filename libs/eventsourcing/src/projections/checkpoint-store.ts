import type { PoolClient } from 'pg';
import { START, type Checkpoint } from '../store/event.types';
import type { Queryable } from '../store/transaction';

interface CheckpointRow {
  transaction_id: string;
  global_position: string;
}

const toCheckpoint = (row: CheckpointRow): Checkpoint => ({
  transactionId: BigInt(row.transaction_id),
  globalPosition: BigInt(row.global_position),
});

const SELECT = 'SELECT transaction_id::text, global_position::text FROM projection_checkpoints WHERE name = $1';

/** Where the projection has got to; START before its first batch. */
export async function readCheckpoint(db: Queryable, name: string): Promise<Checkpoint> {
  const { rows } = await db.query<CheckpointRow>(SELECT, [name]);
  return rows.length === 0 ? START : toCheckpoint(rows[0]);
}

/**
 * Reads the checkpoint and locks its row until the transaction ends, so two runners of one projection (two replicas
 * of a service, or a rebuild beside the live runner) never apply the same batch: the second waits, then sees the
 * checkpoint moved.
 */
export async function lockCheckpoint(client: PoolClient, name: string): Promise<Checkpoint> {
  const locked = await client.query<CheckpointRow>(`${SELECT} FOR UPDATE`, [name]);
  if (locked.rows.length > 0) return toCheckpoint(locked.rows[0]);
  await client.query(
    `INSERT INTO projection_checkpoints (name, transaction_id, global_position) VALUES ($1, '0', 0)
     ON CONFLICT (name) DO NOTHING`,
    [name],
  );
  const created = await client.query<CheckpointRow>(`${SELECT} FOR UPDATE`, [name]);
  return toCheckpoint(created.rows[0]);
}

export async function saveCheckpoint(client: PoolClient, name: string, checkpoint: Checkpoint): Promise<void> {
  await client.query(
    `UPDATE projection_checkpoints SET transaction_id = $2::text::xid8, global_position = $3, updated_at = now()
     WHERE name = $1`,
    [name, checkpoint.transactionId.toString(), checkpoint.globalPosition.toString()],
  );
}
