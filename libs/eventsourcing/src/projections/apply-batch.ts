import type { Pool } from 'pg';
import type { Checkpoint, RecordedEvent } from '../store/event.types';
import { checkpointOf, sameCheckpoint } from '../store/checkpoint';
import { withTransaction } from '../store/transaction';
import { lockCheckpoint, saveCheckpoint } from './checkpoint-store';
import type { Projection } from './projection';

export interface BatchOutcome {
  /** False when another runner had already moved the checkpoint: nothing was applied. */
  applied: boolean;
  /** Where to read next. */
  checkpoint: Checkpoint;
}

/**
 * Applies a batch read from `from` and moves the checkpoint past it in one transaction. If `apply` throws (or the
 * process dies) before COMMIT, the read model and the checkpoint both stay where they were, so the batch is applied
 * again later, never twice.
 */
export function applyBatch(pool: Pool, projection: Projection, from: Checkpoint, events: readonly RecordedEvent[]): Promise<BatchOutcome> {
  if (events.length === 0) return Promise.resolve({ applied: false, checkpoint: from });
  return withTransaction(pool, async (client) => {
    const stored = await lockCheckpoint(client, projection.name);
    if (!sameCheckpoint(stored, from)) return { applied: false, checkpoint: stored };
    const handled = new Set(projection.handles);
    for (const event of events) {
      if (handled.has(event.type)) await projection.apply(event, client);
    }
    const next = checkpointOf(events[events.length - 1]);
    await saveCheckpoint(client, projection.name, next);
    return { applied: true, checkpoint: next };
  });
}
