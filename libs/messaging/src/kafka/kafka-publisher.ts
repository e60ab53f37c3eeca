import { Partitioners } from 'kafkajs';
import type { Kafka, Producer, RetryOptions, TopicMessages } from 'kafkajs';
import type { RawMessage } from '../delivery/dead-letter';
import { MessagingError } from '../errors/messaging-error';
import type { OutgoingMessage, Publisher } from '../transport';
import { kafkaError } from './kafka-errors';
import { toKafkaMessage } from './kafka-messages';

/** kafkajs retries inside one send; past this the send fails and the caller (relay, dead-letter loop) retries. */
export const defaultProducerRetry: RetryOptions = { initialRetryTime: 300, maxRetryTime: 5_000, retries: 8 };

function byTopic(messages: readonly RawMessage[]): TopicMessages[] {
  const topics = new Map<string, TopicMessages>();
  for (const message of messages) {
    const entry = topics.get(message.topic) ?? { topic: message.topic, messages: [] };
    entry.messages.push(toKafkaMessage(message));
    topics.set(message.topic, entry);
  }
  return [...topics.values()];
}

/**
 * An idempotent producer (acks from all in-sync replicas, one request in flight so retries keep order). After a failed
 * send the producer is thrown away and the next publish starts a new one: an idempotent producer can be left unusable by
 * a broker outage (out-of-order sequence, unknown producer id), and a fresh producer id clears that.
 */
export class KafkaPublisher implements Publisher {
  private producer: Promise<Producer> | null = null;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly retry: RetryOptions = defaultProducerRetry,
  ) {}

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    await this.publishRaw(messages);
  }

  async publishRaw(messages: readonly RawMessage[]): Promise<void> {
    if (this.closed) throw new MessagingError('TRANSPORT_CLOSED', 'This Kafka publisher was closed; create a new one.', false);
    if (messages.length === 0) return;
    const pending = this.connectedProducer();
    const producer = await pending;
    try {
      await producer.sendBatch({ acks: -1, topicMessages: byTopic(messages) });
    } catch (error) {
      if (this.producer === pending) this.producer = null;
      await producer.disconnect().catch(() => undefined);
      throw kafkaError('PUBLISH_FAILED', `Publishing ${messages.length} message(s) to Kafka`, error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const producer = await this.producer?.catch(() => null);
    this.producer = null;
    await producer?.disconnect();
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= this.connect();
    return this.producer;
  }

  private async connect(): Promise<Producer> {
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: this.retry,
    });
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      this.producer = null;
      await producer.disconnect().catch(() => undefined);
      throw kafkaError('PUBLISH_FAILED', 'Connecting a Kafka producer', error);
    }
  }
}
