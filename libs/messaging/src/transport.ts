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

/** Header names as DESIGN.md lists them. */
export interface MessageHeaders {
  'event-id': string;
  'event-type': string;
  'schema-version': string;
  'correlation-id': string;
  'causation-id'?: string;
  'organisation-id'?: string;
}

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
  /** Attempts before the message goes to `<topic>.dlq`. */
  maxAttempts?: number;
  fromBeginning?: boolean;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface Transport {
  readonly name: 'kafka' | 'embedded';
  createPublisher(): Promise<Publisher>;
  /** Offsets are committed only after `handler` resolved, or after the message's dead letter was written. */
  subscribe(options: SubscriptionOptions): Promise<Subscription>;
  close(): Promise<void>;
}
