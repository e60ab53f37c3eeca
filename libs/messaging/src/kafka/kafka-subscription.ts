import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { backoffDelay, sleep } from '../delivery/backoff';
import type { BackoffOptions } from '../delivery/backoff';
import type { RawMessage } from '../delivery/dead-letter';
import { deliver } from '../delivery/deliver';
import type { ConsumerEvent, Subscription, SubscriptionOptions } from '../transport';
import { ConsumerWatchdog } from './consumer-watchdog';
import { kafkaError } from './kafka-errors';
import { fromKafkaMessage, nextOffset } from './kafka-messages';

export interface KafkaSubscriptionSettings {
  retryBackoff: BackoffOptions;
  restartBackoff: BackoffOptions;
  sessionTimeoutMs: number;
  stallTimeoutMs: number;
  defaultMaxAttempts: number;
  writeDeadLetter: (deadLetter: RawMessage) => Promise<void>;
}

/** One kafkajs consumer and whether kafkajs has given up on it. */
interface Incarnation {
  consumer: Consumer;
  watchdog: ConsumerWatchdog;
  dead: boolean;
}

/**
 * A consumer group member that commits each offset only after its message was handled or dead-lettered, and that
 * outlives kafkajs giving up: when the kafkajs consumer crashes (kafkajs would restart some crashes itself and leave
 * others dead, `restart: false`, e.g. KafkaJSGroupCoordinatorNotFound after a broker outage) or goes quiet, it is
 * replaced with a new one, with backoff, for as long as the subscription runs.
 */
export class KafkaSubscription implements Subscription {
  private current: Incarnation | null = null;
  private restarting: Promise<void> | null = null;
  private stopping = false;
  private handling = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscriptionOptions,
    private readonly settings: KafkaSubscriptionSettings,
  ) {}

  async start(): Promise<void> {
    try {
      await this.startIncarnation();
    } catch (error) {
      await this.dispose();
      throw kafkaError('SUBSCRIBE_FAILED', `Subscribing group ${this.options.groupId} to ${this.options.topics.join(', ')}`, error);
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    await this.restarting;
    await this.dispose();
  }

  private async startIncarnation(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: Math.floor(this.settings.sessionTimeoutMs / 10),
      allowAutoTopicCreation: false,
      // kafkajs restarts itself after some crashes and gives up after others (restart: false). We take every restart
      // over, so there is one recovery path, always exercised: a crashed consumer is replaced by a new one.
      retry: { restartOnFailure: () => Promise.resolve(false) },
    });
    const incarnation: Incarnation = {
      consumer,
      dead: false,
      watchdog: new ConsumerWatchdog(consumer, this.settings.stallTimeoutMs, () => this.handling, () => {
        this.emit({ type: 'consumer-crashed', error: new Error(`No fetch for ${this.settings.stallTimeoutMs} ms`) });
        this.restart(incarnation);
      }),
    };
    this.current = incarnation;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.emit({ type: 'consumer-crashed', error: payload.error });
      this.restart(incarnation);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? false });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private restart(incarnation: Incarnation): void {
    incarnation.dead = true;
    if (this.stopping || this.restarting || this.current !== incarnation) return;
    this.restarting = this.replace().finally(() => {
      this.restarting = null;
    });
  }

  private async replace(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt += 1) {
      await this.dispose();
      await sleep(backoffDelay(attempt, this.settings.restartBackoff), this.abort.signal);
      if (this.stopping) return;
      try {
        await this.startIncarnation();
        // kafkajs reports a failed group join through the crash event, not by rejecting run().
        if (!this.current?.dead) {
          this.emit({ type: 'consumer-restarted' });
          return;
        }
      } catch (error) {
        this.emit({ type: 'consumer-crashed', error });
      }
    }
  }

  private async dispose(): Promise<void> {
    const incarnation = this.current;
    this.current = null;
    if (!incarnation) return;
    incarnation.watchdog.dispose();
    await incarnation.consumer.disconnect().catch(() => undefined);
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const isRunning = (): boolean => !this.stopping && payload.isRunning() && !payload.isStale();
    for (const kafkaMessage of batch.messages) {
      if (!isRunning()) return;
      this.handling = true;
      try {
        const outcome = await deliver(fromKafkaMessage(batch.topic, batch.partition, kafkaMessage), {
          handler: this.options.handler,
          maxAttempts: this.options.maxAttempts ?? this.settings.defaultMaxAttempts,
          retryBackoff: this.settings.retryBackoff,
          writeDeadLetter: this.settings.writeDeadLetter,
          isRunning,
          signal: this.abort.signal,
          emit: (event) => this.emit(event),
          keepAlive: () => payload.heartbeat(),
        });
        if (outcome === 'stopped') return;
      } finally {
        this.handling = false;
      }
      payload.resolveOffset(kafkaMessage.offset);
      await payload.commitOffsetsIfNecessary({
        topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: nextOffset(kafkaMessage.offset) }] }],
      });
      await payload.heartbeat();
    }
  }

  private emit(event: ConsumerEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A failing observer must not take the consumer down with it.
    }
  }
}
