import { withTransaction } from '@tapestry/eventsourcing';
import type { Pool, PoolClient } from 'pg';
import { backoffDelay, sleep } from '../delivery/backoff';
import type { BackoffOptions } from '../delivery/backoff';
import type { RawMessage } from '../delivery/dead-letter';
import { deliver } from '../delivery/deliver';
import type { ConsumerEvent, IncomingMessage, Subscription, SubscriptionOptions } from '../transport';
import type { EmbeddedWakeups } from './embedded-wakeups';

export interface EmbeddedSubscriptionSettings {
  pool: Pool;
  wakeups: EmbeddedWakeups;
  pollIntervalMs: number;
  retryBackoff: BackoffOptions;
  restartBackoff: BackoffOptions;
  defaultMaxAttempts: number;
  /** Messages handled per transaction: enough to amortise the offset commit, few enough to keep the group's row lock short. */
  batchSize: number;
  writeDeadLetter: (deadLetter: RawMessage) => Promise<void>;
}

interface MessageRow {
  offset: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

type PollResult = 'handled' | 'idle';

/**
 * A consumer group member of the embedded log. Messages are handled inside a transaction that holds the group's
 * offset row (FOR UPDATE SKIP LOCKED: one member at a time) and commits the next offset only after their handlers
 * resolved or their dead letters were written; a crash anywhere before that leaves the offset where it was.
 */
export class EmbeddedSubscription implements Subscription {
  private readonly abort = new AbortController();
  private readonly topics: ReadonlySet<string>;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly options: SubscriptionOptions,
    private readonly settings: EmbeddedSubscriptionSettings,
  ) {
    this.topics = new Set(options.topics);
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        let handled = false;
        for (const topic of this.topics) handled = (await this.pollTopic(topic)) === 'handled' || handled;
        if (failures > 0) this.emit({ type: 'consumer-restarted' });
        failures = 0;
        if (!handled) await this.settings.wakeups.wait(this.topics, this.settings.pollIntervalMs, this.abort.signal);
      } catch (error) {
        failures += 1;
        this.emit({ type: 'consumer-crashed', error });
        await sleep(backoffDelay(failures, this.settings.restartBackoff), this.abort.signal);
      }
    }
  }

  /** Up to a batch of messages, handled in order, and the offset moved past them in one transaction (an idle poll writes nothing). */
  private pollTopic(topic: string): Promise<PollResult> {
    return withTransaction(this.settings.pool, (client) => this.handleBatch(client, topic));
  }

  /**
   * Committing the offset once per batch rather than once per message is what lets a consumer catch up after
   * downtime at the database's pace. A crash mid-batch hands the batch's handled messages over again, which
   * at-least-once delivery already allows and every handler's inbox deduplicates.
   */
  private async handleBatch(client: PoolClient, topic: string): Promise<PollResult> {
    const group = await client.query<{ next_offset: string }>(
      `SELECT next_offset::text FROM transport_group_offsets
       WHERE group_id = $1 AND topic = $2 AND partition = 0 FOR UPDATE SKIP LOCKED`,
      [this.options.groupId, topic],
    );
    if (group.rowCount === 0) return 'idle';
    const batch = await client.query<MessageRow>(
      `SELECT m."offset"::text AS offset, m.key, m.value, m.headers FROM transport_messages m
       WHERE m.topic = $1 AND m.partition = 0 AND m."offset" >= $2 ORDER BY m."offset" LIMIT $3`,
      [topic, group.rows[0].next_offset, this.settings.batchSize],
    );
    let lastHandled: string | undefined;
    for (const row of batch.rows) {
      const message: IncomingMessage = { topic, partition: 0, offset: row.offset, key: row.key, value: row.value, headers: row.headers };
      const outcome = await deliver(message, {
        handler: this.options.handler,
        maxAttempts: this.options.maxAttempts ?? this.settings.defaultMaxAttempts,
        retryBackoff: this.settings.retryBackoff,
        writeDeadLetter: this.settings.writeDeadLetter,
        isRunning: () => !this.abort.signal.aborted,
        signal: this.abort.signal,
        emit: (event) => this.emit(event),
      });
      if (outcome === 'stopped') break;
      lastHandled = row.offset;
    }
    if (lastHandled === undefined) return 'idle';
    await client.query(
      `UPDATE transport_group_offsets SET next_offset = $4, committed_at = now()
       WHERE group_id = $1 AND topic = $2 AND partition = $3`,
      [this.options.groupId, topic, 0, (BigInt(lastHandled) + 1n).toString()],
    );
    return 'handled';
  }

  private emit(event: ConsumerEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A failing observer must not take the consumer down with it.
    }
  }
}
