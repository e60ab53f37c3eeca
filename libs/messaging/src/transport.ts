/**
 * The one interface both transports implement: Apache Kafka (distributed) and the PostgreSQL-backed log
 * (embedded). The same contract test suite runs against both.
 */
export interface OutgoingMessage {
  topic: string;
  /** The stream id: keeps one aggregate's events in order (one partition). */
  key: string;
  value: Uint8Array;
  headers: MessageHeaders;
}

/** Header names as DESIGN.md lists them. A type, not an interface, so it fits where any string headers do. */
export type MessageHeaders = {
  'event-id': string;
  'event-type': string;
  'schema-version': string;
  'correlation-id': string;
  'causation-id'?: string;
  'organisation-id'?: string;
};

export interface IncomingMessage {
  topic: string;
  partition: number;
  /** Decimal string: Kafka offsets exceed what a JS number holds safely. */
  offset: string;
  key: string;
  value: Buffer;
  headers: Partial<MessageHeaders> & Record<string, string | undefined>;
}

export interface Publisher {
  /** Resolves only once every message is acknowledged (Kafka: by all in-sync replicas). */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

/** Handles one message; throwing means "retry, then dead-letter". */
export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface SubscriptionOptions {
  groupId: string;
  topics: readonly string[];
  handler: MessageHandler;
  /** Attempts before the message goes to `<topic>.dlq`. Errors with `retriable: false` are dead-lettered at once. */
  maxAttempts?: number;
  fromBeginning?: boolean;
  /** What the consumer went through (retries, dead letters, restarts): for logs and metrics, and for tests to wait on. */
  onEvent?: (event: ConsumerEvent) => void;
}

/** Where a message came from: enough to find it again. */
export interface MessagePosition {
  topic: string;
  partition: number;
  offset: string;
}

export type ConsumerEvent =
  | { type: 'handler-failed'; position: MessagePosition; attempt: number; error: unknown }
  | { type: 'dead-lettered'; position: MessagePosition; attempts: number; error: unknown }
  /** The dead letter could not be written; the offset stays uncommitted and the write is retried. */
  | { type: 'dead-letter-failed'; position: MessagePosition; error: unknown }
  /** The consumer failed as a whole (broker outage, lost database); it is restarted with backoff. */
  | { type: 'consumer-crashed'; error: unknown }
  | { type: 'consumer-restarted' };

export interface EnsureTopicsOptions {
  /** Also create `<topic>.dlq` for every topic. Default true. */
  withDeadLetterTopics?: boolean;
  /** Kafka only; the embedded log has one partition per topic. */
  partitions?: number;
}

export interface ReplayOptions {
  topics: readonly string[];
  /** Where to stop: each partition is read from its beginning up to, not including, its offset here (see latestOffsets). */
  until: readonly MessagePosition[];
  /** Where to start instead of the beginning, per partition (e.g. where an earlier replay's `until` was). */
  from?: readonly MessagePosition[];
  /** Called with the messages in offset order within each partition; resolves before the next batch is read. */
  handler: (batch: IncomingMessage[]) => Promise<void>;
  /** Messages per batch at most. Default 500. */
  batchSize?: number;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface Transport {
  readonly name: 'kafka' | 'embedded';
  /**
   * Creates the topics that do not exist yet (each topic's `<topic>.dlq` too, when asked). Neither transport creates
   * topics on first use: publishing to, or dead-lettering into, a missing topic fails until it exists.
   */
  ensureTopics(topics: readonly string[], options?: EnsureTopicsOptions): Promise<void>;
  createPublisher(): Promise<Publisher>;
  /** Offsets are committed only after `handler` resolved, or after the message's dead letter was written. */
  subscribe(options: SubscriptionOptions): Promise<Subscription>;
  /**
   * Where each partition of `topics` ends now: the offset the next message will get. A consumer replaying from the
   * beginning has caught up once it has handled every offset below these. Topics that do not exist have no partitions.
   */
  latestOffsets(topics: readonly string[]): Promise<MessagePosition[]>;
  /**
   * Reads the topics from their beginning to `until` in batches, outside any consumer group (nothing is committed, no
   * dead letters are written): for rebuilding a read model, where applying a batch in one transaction is many times
   * faster than a message at a time.
   */
  replay(options: ReplayOptions): Promise<void>;
  close(): Promise<void>;
}
