import { Kafka } from 'kafkajs';
import type { BackoffOptions } from '../delivery/backoff';
import { MessagingError } from '../errors/messaging-error';
import type { EnsureTopicsOptions, MessagePosition, Publisher, ReplayOptions, Subscription, SubscriptionOptions, Transport } from '../transport';
import { kafkaLogCreator, kafkaLogLevels } from './kafka-logging';
import type { KafkaLogLevel } from './kafka-logging';
import { KafkaPublisher } from './kafka-publisher';
import { replayKafka } from './kafka-replay';
import { KafkaSubscription } from './kafka-subscription';
import { ensureKafkaTopics, latestKafkaOffsets } from './kafka-topics';

export interface KafkaTransportOptions {
  brokers: readonly string[];
  clientId: string;
  /** Default 'warn'. */
  logLevel?: KafkaLogLevel;
  /** Between a failing handler's attempts. Default 200 ms doubling to 10 s. */
  retryBackoff?: BackoffOptions;
  /** Between attempts to replace a consumer kafkajs gave up on. Default 1 s doubling to 30 s. */
  restartBackoff?: BackoffOptions;
  /** Default 30 s. */
  sessionTimeoutMs?: number;
  /** A consumer that neither fetches nor handles for this long is replaced. Default 2 minutes. */
  stallTimeoutMs?: number;
  /** Attempts before dead-lettering, unless the subscription says otherwise. Default 5. */
  maxAttempts?: number;
  /** Partitions of topics created by ensureTopics. Default 3. */
  partitions?: number;
}

/** Apache Kafka through kafkajs (pinned), behind the transport interface both transports share. */
export class KafkaTransport implements Transport {
  readonly name = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly publishers = new Set<KafkaPublisher>();
  private readonly subscriptions = new Set<KafkaSubscription>();
  private deadLetters: KafkaPublisher | null = null;
  private closed = false;

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: kafkaLogLevels[options.logLevel ?? 'warn'],
      logCreator: kafkaLogCreator,
    });
  }

  async ensureTopics(topics: readonly string[], options: EnsureTopicsOptions = {}): Promise<void> {
    await ensureKafkaTopics(this.kafka, topics, options, this.options.partitions ?? 3);
  }

  createPublisher(): Promise<Publisher> {
    this.assertOpen();
    const publisher = new KafkaPublisher(this.kafka);
    this.publishers.add(publisher);
    return Promise.resolve({
      publish: (messages) => publisher.publish(messages),
      close: async () => {
        this.publishers.delete(publisher);
        await publisher.close();
      },
    });
  }

  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    this.assertOpen();
    const subscription = new KafkaSubscription(this.kafka, options, {
      retryBackoff: this.options.retryBackoff ?? { initialMs: 200, maxMs: 10_000 },
      restartBackoff: this.options.restartBackoff ?? { initialMs: 1_000, maxMs: 30_000 },
      sessionTimeoutMs: this.options.sessionTimeoutMs ?? 30_000,
      stallTimeoutMs: this.options.stallTimeoutMs ?? 120_000,
      defaultMaxAttempts: this.options.maxAttempts ?? 5,
      writeDeadLetter: (deadLetter) => this.deadLetterPublisher().publishRaw([deadLetter]),
    });
    await subscription.start();
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  latestOffsets(topics: readonly string[]): Promise<MessagePosition[]> {
    return latestKafkaOffsets(this.kafka, topics);
  }

  replay(options: ReplayOptions): Promise<void> {
    this.assertOpen();
    return replayKafka(this.kafka, options);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    await Promise.all([...this.publishers].map((publisher) => publisher.close()));
    this.publishers.clear();
    await this.deadLetters?.close();
    this.deadLetters = null;
  }

  private deadLetterPublisher(): KafkaPublisher {
    // Fails fast: the consumer retries a dead-letter write itself for as long as it runs, heartbeating in between.
    this.deadLetters ??= new KafkaPublisher(this.kafka, { initialRetryTime: 200, maxRetryTime: 2_000, retries: 2 });
    return this.deadLetters;
  }

  private assertOpen(): void {
    if (this.closed) throw new MessagingError('TRANSPORT_CLOSED', 'This Kafka transport was closed; create a new one.', false);
  }
}
