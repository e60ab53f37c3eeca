import type { Checkpoint, RecordedEvent } from './event.types';
import { checkpointOf } from './checkpoint';
import { AppendNotifications } from './append-notifications';

export interface FollowOptions {
  /** Stops following; the promise `follow` returned resolves once the batch in hand is done. */
  signal: AbortSignal;
  /** How long to wait for a notification before reading again anyway. */
  pollMs?: number;
  batchSize?: number;
}

/**
 * Handles one batch. Returning a checkpoint makes the follower continue from there instead of from the batch's last
 * event (a projection that finds another runner moved its stored checkpoint resumes from the stored one).
 */
export type BatchHandler = (events: RecordedEvent[]) => Promise<Checkpoint | void>;

export type ReadAll = (after: Checkpoint, limit: number) => Promise<RecordedEvent[]>;

/** Reads batch after batch from `after`, waiting for notifications (or the poll) when caught up. Returns where it got. */
export async function followEvents(
  readAll: ReadAll,
  after: Checkpoint,
  onBatch: BatchHandler,
  wake: AppendNotifications,
  { signal, pollMs = 1000, batchSize = 500 }: FollowOptions,
): Promise<Checkpoint> {
  let checkpoint = after;
  while (!signal.aborted) {
    wake.clear();
    const events = await readAll(checkpoint, batchSize);
    if (events.length === 0) {
      await wake.wait(pollMs, signal);
      continue;
    }
    const next = await onBatch(events);
    checkpoint = next ?? checkpointOf(events[events.length - 1]);
  }
  return checkpoint;
}
