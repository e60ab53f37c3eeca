import type { PoolClient } from 'pg';
import type { RecordedEvent } from '../store/event.types';

/**
 * A read model fed from the event store. `apply` writes with the given client, inside the transaction that also
 * moves the projection's checkpoint: that is why a read model lives in its service's own database, beside the event
 * store (one database per service), so both commit or neither does and each event lands exactly once.
 */
export interface Projection {
  /** Stable: names the checkpoint row. Renaming it replays the projection from the start. */
  name: string;
  /** Event types `apply` receives; the checkpoint moves past all others too. */
  handles: readonly string[];
  apply(event: RecordedEvent, client: PoolClient): Promise<void>;
  /** Empties the read model so it can be rebuilt from position 0 (needed by rebuild only). */
  reset?(client: PoolClient): Promise<void>;
}

export class ProjectionError extends Error {
  constructor(
    readonly code: 'NOT_REBUILDABLE' | 'ALREADY_RUNNING',
    message: string,
  ) {
    super(message);
    this.name = 'ProjectionError';
  }
}
