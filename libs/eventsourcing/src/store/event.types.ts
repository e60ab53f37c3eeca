/** Who did what, why, and on whose behalf. Stored beside every event and carried onto Kafka headers. */
export interface EventMetadata {
  correlationId: string;
  causationId?: string;
  /** Person id (or `system:<name>`) that issued the command. */
  actor?: string;
  organisationId?: string;
  /** Version of the event's data shape; bump when the shape changes compatibly. */
  schemaVersion?: number;
}

/** An event a decider produced, not yet stored. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  /** Optional: the store assigns a random uuid when missing. Supplying one makes retries idempotent. */
  eventId?: string;
}

/** An event as stored. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  /** Position in the whole store; unique and increasing, but assigned before commit (see Checkpoint). */
  globalPosition: bigint;
  /** Id of the PostgreSQL transaction that appended it; readers follow (transactionId, globalPosition). */
  transactionId: bigint;
  streamId: string;
  streamType: string;
  /** 1 for a stream's first event. */
  streamVersion: number;
  eventId: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
}

/**
 * Where a reader of the whole store has got to. Ordered by (transactionId, globalPosition): a reader only
 * reads events of transactions older than every transaction still running, so none committed late is skipped.
 */
export interface Checkpoint {
  transactionId: bigint;
  globalPosition: bigint;
}

export const START: Checkpoint = { transactionId: 0n, globalPosition: 0n };

/** `no_stream`: the stream must not exist yet. A number: the stream's current version must equal it. */
export type ExpectedVersion = number | 'no_stream' | 'any';

export interface AppendResult {
  /** The stream's version after the append. */
  nextExpectedVersion: number;
  lastGlobalPosition: bigint;
}
