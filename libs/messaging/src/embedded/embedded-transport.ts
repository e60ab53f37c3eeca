import type { Pool } from 'pg';
import type { BackoffOptions } from '../delivery/backoff';
import { topicsToEnsure } from '../delivery/topic-names';
import { MessagingError } from '../errors/messaging-error';
import type { EnsureTopicsOptions, IncomingMessage, MessagePosition, Publisher, ReplayOptions, Subscription, SubscriptionOptions, Transport } from '../transport';
import { joinGroup } from './embedded-groups';
import { appendMessages } from './embedded-log';
import { ensureEmbeddedSchema } from './embedded-schema';
import { EmbeddedSubscription } from './embedded-subscription';
import { EmbeddedWakeups } from './embedded-wakeups';

export interface EmbeddedTransportOptions {
  /** A database of the transport's own (not a service's); its tables are created on open. */
  pool: Pool;
  /** Consumers poll this often when no notification wakes them. Default 1 s. */
  pollIntervalMs?: number;
  /** Between a failing handler's attempts. Default 200 ms doubling to 10 s. */
  retryBackoff?: BackoffOptions;
  /** Between polls after the database failed. Default 500 ms doubling to 15 s. */
  restartBackoff?: BackoffOptions;
  /** Attempts before dead-lettering, unless the subscription says otherwise. Default 5. */
  maxAttempts?: number;
  /** Messages a consumer handles per transaction, with one offset commit. Default 100. */
  batchSize?: number;
}

/**
 * An idle pooled connection the server dropped (restart, terminated backend) makes the pool emit 'error'; unheard, that
 * would end the process. The pool replaces the connection on next use, and consumers retry, so there is nothing to do.
 */
function ignoreIdleClientError(): void {}

/** The PostgreSQL-backed log: Kafka's semantics (topics, offsets, groups, dead letters) with nothing but PostgreSQL. */
export class EmbeddedTransport implements Transport {
  readonly name = 'embedded' as const;
  private readonly subscriptions = new Set<EmbeddedSubscription>();
  private closed = false;

  private constructor(
    private readonly options: EmbeddedTransportOptions,
    private readonly wakeups: EmbeddedWakeups,
  ) {
    options.pool.on('error', ignoreIdleClientError);
  }

  static async open(options: EmbeddedTransportOptions): Promise<EmbeddedTransport> {
    await ensureEmbeddedSchema(options.pool);
    const wakeups = new EmbeddedWakeups(options.pool, options.pollIntervalMs ?? 1_000);
    await wakeups.start();
    return new EmbeddedTransport(options, wakeups);
  }

  async ensureTopics(topics: readonly string[], options: EnsureTopicsOptions = {}): Promise<void> {
    await this.options.pool.query('INSERT INTO transport_topics (topic) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [
      topicsToEnsure(topics, options),
    ]);
  }

  createPublisher(): Promise<Publisher> {
    this.assertOpen();
    let open = true;
    return Promise.resolve({
      publish: async (messages) => {
        if (!open || this.closed) throw new MessagingError('TRANSPORT_CLOSED', 'This publisher was closed; create a new one.', false);
        await appendMessages(this.options.pool, messages);
      },
      close: () => {
        open = false;
        return Promise.resolve();
      },
    });
  }

  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    this.assertOpen();
    await joinGroup(this.options.pool, options.groupId, options.topics, options.fromBeginning ?? false);
    const subscription = new EmbeddedSubscription(options, {
      pool: this.options.pool,
      wakeups: this.wakeups,
      pollIntervalMs: this.options.pollIntervalMs ?? 1_000,
      retryBackoff: this.options.retryBackoff ?? { initialMs: 200, maxMs: 10_000 },
      restartBackoff: this.options.restartBackoff ?? { initialMs: 500, maxMs: 15_000 },
      defaultMaxAttempts: this.options.maxAttempts ?? 5,
      batchSize: this.options.batchSize ?? 100,
      writeDeadLetter: (deadLetter) => appendMessages(this.options.pool, [deadLetter]),
    });
    subscription.start();
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async latestOffsets(topics: readonly string[]): Promise<MessagePosition[]> {
    const { rows } = await this.options.pool.query<{ topic: string; next: string }>(
      `SELECT t.topic, coalesce(max(m."offset") + 1, 0)::text AS next
         FROM transport_topics t LEFT JOIN transport_messages m ON m.topic = t.topic AND m.partition = 0
        WHERE t.topic = ANY($1) GROUP BY t.topic ORDER BY t.topic`,
      [[...topics]],
    );
    return rows.map((row) => ({ topic: row.topic, partition: 0, offset: row.next }));
  }

  async replay({ topics, until, from = [], handler, batchSize = 500 }: ReplayOptions): Promise<void> {
    this.assertOpen();
    for (const end of until.filter((position) => topics.includes(position.topic))) {
      let next = BigInt(from.find((start) => start.topic === end.topic && start.partition === end.partition)?.offset ?? '0');
      const stop = BigInt(end.offset);
      while (next < stop) {
        const { rows } = await this.options.pool.query<{ offset: string; key: string; value: Buffer; headers: Record<string, string> }>(
          `SELECT m."offset"::text AS offset, m.key, m.value, m.headers FROM transport_messages m
           WHERE m.topic = $1 AND m.partition = $2 AND m."offset" >= $3 AND m."offset" < $4 ORDER BY m."offset" LIMIT $5`,
          [end.topic, end.partition, next.toString(), end.offset, batchSize],
        );
        if (rows.length === 0) break;
        const batch: IncomingMessage[] = rows.map((row) => ({ topic: end.topic, partition: end.partition, offset: row.offset, key: row.key, value: row.value, headers: row.headers }));
        await handler(batch);
        next = BigInt(rows[rows.length - 1].offset) + 1n;
      }
    }
  }

  /** Stops every subscription and the listener; the pool belongs to the caller and stays open. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    await this.wakeups.close();
    this.options.pool.off('error', ignoreIdleClientError);
  }

  private assertOpen(): void {
    if (this.closed) throw new MessagingError('TRANSPORT_CLOSED', 'This embedded transport was closed; open a new one.', false);
  }
}
