import type { Checkpoint, RecordedEvent } from './event.types';

/** The checkpoint just past `event`: where a reader continues after handling it. */
export function checkpointOf(event: Pick<RecordedEvent, 'transactionId' | 'globalPosition'>): Checkpoint {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}

/** Negative, zero or positive as `a` comes before, at or after `b` in reading order. */
export function compareCheckpoints(a: Checkpoint, b: Checkpoint): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}

export function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  return compareCheckpoints(a, b) === 0;
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  return `${checkpoint.transactionId}/${checkpoint.globalPosition}`;
}
