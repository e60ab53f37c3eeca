import type { AppendResult, Checkpoint, EventMetadata, ExpectedVersion, NewEvent, RecordedEvent } from './event.types';

export interface AppendOptions {
  streamType: string;
  expectedVersion: ExpectedVersion;
  metadata: EventMetadata;
}

export interface ReadAllOptions {
  /** Exclusive. */
  after: Checkpoint;
  limit: number;
}

/** The event store's contract; the PostgreSQL store implements it. */
export interface EventStore {
  /** Throws ConcurrencyError when the stream's version is not the expected one. */
  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** Events committed after `after`, in (transactionId, globalPosition) order; never skips one committed late. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
}
