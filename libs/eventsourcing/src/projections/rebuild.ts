import type { Pool } from 'pg';
import type { PostgresEventStore } from '../store/postgres-event-store';
import { START, type Checkpoint } from '../store/event.types';
import { checkpointOf } from '../store/checkpoint';
import { withTransaction } from '../store/transaction';
import { lockCheckpoint, saveCheckpoint } from './checkpoint-store';
import { ProjectionError, type Projection } from './projection';

export interface RebuildProgress {
  projection: string;
  /** Events read so far (handled or not). */
  processed: number;
}

export interface RebuildOptions {
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  processed: number;
  checkpoint: Checkpoint;
}

/**
 * Empties the read model and replays every event from position 0, in one transaction: readers keep the old read
 * model until the new one commits whole, and the live runner of the same projection waits on the checkpoint row,
 * then carries on from where the rebuild stopped. Events committed meanwhile are after that checkpoint (the rebuild
 * reads below the transaction horizon like every reader), so none is lost.
 */
export async function rebuildProjection(
  pool: Pool,
  store: PostgresEventStore,
  projection: Projection,
  { batchSize = 1000, onProgress }: RebuildOptions = {},
): Promise<RebuildResult> {
  const reset = projection.reset?.bind(projection);
  if (!reset) {
    throw new ProjectionError('NOT_REBUILDABLE', `Projection ${projection.name} has no reset(), so it cannot be rebuilt from position 0.`);
  }
  return withTransaction(pool, async (client) => {
    await lockCheckpoint(client, projection.name);
    await reset(client);
    const reader = store.inTransaction(client);
    const handled = new Set(projection.handles);
    let checkpoint = START;
    let processed = 0;
    for (;;) {
      const events = await reader.readAll({ after: checkpoint, limit: batchSize });
      if (events.length === 0) break;
      for (const event of events) {
        if (handled.has(event.type)) await projection.apply(event, client);
      }
      checkpoint = checkpointOf(events[events.length - 1]);
      processed += events.length;
      onProgress?.({ projection: projection.name, processed });
    }
    await saveCheckpoint(client, projection.name, checkpoint);
    return { processed, checkpoint };
  });
}
