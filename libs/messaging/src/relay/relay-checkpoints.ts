import { START } from '@tapestry/eventsourcing';
import type { Checkpoint } from '@tapestry/eventsourcing';
import type { Pool } from 'pg';

/** In the relaying service's database, beside its event store. */
export const relayCheckpointTableSql = `
CREATE TABLE IF NOT EXISTS relay_checkpoints (
  relay text PRIMARY KEY,
  transaction_id bigint NOT NULL,
  global_position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

export async function ensureRelayCheckpointTable(pool: Pool): Promise<void> {
  await pool.query(relayCheckpointTableSql);
}

export async function loadRelayCheckpoint(pool: Pool, relay: string): Promise<Checkpoint> {
  const { rows } = await pool.query<{ transaction_id: string; global_position: string }>(
    'SELECT transaction_id::text, global_position::text FROM relay_checkpoints WHERE relay = $1',
    [relay],
  );
  if (rows.length === 0) return START;
  return { transactionId: BigInt(rows[0].transaction_id), globalPosition: BigInt(rows[0].global_position) };
}

/** Only ever moves forward: a slower second relay instance cannot drag the checkpoint back. */
export async function saveRelayCheckpoint(pool: Pool, relay: string, checkpoint: Checkpoint): Promise<void> {
  await pool.query(
    `INSERT INTO relay_checkpoints (relay, transaction_id, global_position) VALUES ($1, $2, $3)
     ON CONFLICT (relay) DO UPDATE SET transaction_id = EXCLUDED.transaction_id,
       global_position = EXCLUDED.global_position, updated_at = now()
     WHERE (relay_checkpoints.transaction_id, relay_checkpoints.global_position)
         < (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
    [relay, checkpoint.transactionId.toString(), checkpoint.globalPosition.toString()],
  );
}
