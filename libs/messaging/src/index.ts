export type {
  ConsumerEvent,
  EnsureTopicsOptions,
  IncomingMessage,
  MessageHandler,
  MessageHeaders,
  MessagePosition,
  OutgoingMessage,
  Publisher,
  Subscription,
  SubscriptionOptions,
  Transport,
} from './transport';
export { describeError, isRetriable, MessagingError } from './errors/messaging-error';
export type { MessagingErrorCode } from './errors/messaging-error';
export type { BackoffOptions } from './delivery/backoff';
export { KafkaTransport } from './kafka/kafka-transport';
export type { KafkaTransportOptions } from './kafka/kafka-transport';
export type { KafkaLogLevel } from './kafka/kafka-logging';
export { EmbeddedTransport } from './embedded/embedded-transport';
export type { EmbeddedTransportOptions } from './embedded/embedded-transport';
export { createInboxHandler } from './inbox/inbox-handler';
export type { InboxWork } from './inbox/inbox-handler';
export { ensureInboxTable, inboxTableSql } from './inbox/inbox-table';
export { OutboxRelay } from './relay/outbox-relay';
export type { OutboxRelayOptions, RelayPass } from './relay/outbox-relay';
export { ensureRelayCheckpointTable, loadRelayCheckpoint, relayCheckpointTableSql } from './relay/relay-checkpoints';
export { headersFor, outgoingMessageFor } from './relay/outgoing-message';
export { describeConsumerEvent } from './delivery/describe-consumer-event';
