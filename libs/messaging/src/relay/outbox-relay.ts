import { checkpointOf } from '@tapestry/eventsourcing';
import type { EventStore, RecordedEvent } from '@tapestry/eventsourcing';
import type { Pool } from 'pg';
import { backoffDelay, sleep } from '../delivery/backoff';
import type { BackoffOptions } from '../delivery/backoff';
import type { OutgoingMessage, Publisher } from '../transport';
import { loadRelayCheckpoint, saveRelayCheckpoint } from './relay-checkpoints';

export interface OutboxRelayOptions {
  /** Names the checkpoint: one per relayed store, e.g. 'identity'. */
  name: string;
  store: Pick<EventStore, 'readAll'>;
  /** Holds relay_checkpoints (see ensureRelayCheckpointTable); normally the event store's database. */
  pool: Pool;
  publisher: Publisher;
  /** The message for a public event; null for an event that never leaves the service (e.g. a private reflection). */
  /** The messages for one stored event: none for what stays inside the service, several when it concerns several people. */
  encode: (event: RecordedEvent) => OutgoingMessage | readonly OutgoingMessage[] | null;
  /** Default 500. */
  batchSize?: number;
  /** How often a started relay looks for new events when nothing wakes it. Default 1 s. */
  pollIntervalMs?: number;
  /** Between passes after a failure. Default 500 ms doubling to 30 s. */
  retryBackoff?: BackoffOptions;
  /** A pass failed (it is retried); for logs. */
  onError?: (error: unknown) => void;
}

export interface RelayPass {
  /** Events read from the store in this pass; 0 means caught up. */
  read: number;
  published: number;
}

/**
 * Publishes a service's public events from its event store (the outbox) in store order: read after the checkpoint,
 * publish the batch, wait for every acknowledgement, and only then move the checkpoint. A crash between publish and
 * checkpoint publishes the batch again: at-least-once by design, and consumers' inboxes drop the duplicates.
 */
export class OutboxRelay {
  private pass: Promise<RelayPass> | null = null;
  private loop: Promise<void> | null = null;
  private abort = new AbortController();
  private nudge = new AbortController();

  constructor(private readonly options: OutboxRelayOptions) {}

  /** One batch. Passes never overlap: a call during a pass waits for it and then runs its own. */
  async runOnce(): Promise<RelayPass> {
    while (this.pass) await this.pass.catch(() => undefined);
    const pass = this.relayBatch();
    this.pass = pass;
    try {
      return await pass;
    } finally {
      this.pass = null;
    }
  }

  /** Relays batch after batch until the store has nothing newer; returns how many messages were published. */
  async runUntilCaughtUp(): Promise<number> {
    let published = 0;
    for (;;) {
      const pass = await this.runOnce();
      published += pass.published;
      if (pass.read === 0) return published;
    }
  }

  /** Relays in the background until stop(): polls, and wakes early on wake(). */
  start(): void {
    if (this.loop) return;
    this.abort = new AbortController();
    this.loop = this.run(this.abort.signal);
  }

  /** Something was appended: look now rather than at the next poll. */
  wake(): void {
    this.nudge.abort();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
    this.loop = null;
  }

  private async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        this.nudge = new AbortController();
        const pass = await this.runOnce();
        failures = 0;
        if (pass.read === 0) await sleep(this.options.pollIntervalMs ?? 1_000, AbortSignal.any([signal, this.nudge.signal]));
      } catch (error) {
        failures += 1;
        this.options.onError?.(error);
        await sleep(backoffDelay(failures, this.options.retryBackoff ?? { initialMs: 500, maxMs: 30_000 }), signal);
      }
    }
  }

  private async relayBatch(): Promise<RelayPass> {
    const { name, store, pool, publisher, encode } = this.options;
    const after = await loadRelayCheckpoint(pool, name);
    const events = await store.readAll({ after, limit: this.options.batchSize ?? 500 });
    if (events.length === 0) return { read: 0, published: 0 };
    const messages = events.flatMap((event) => encode(event) ?? []);
    await publisher.publish(messages);
    await saveRelayCheckpoint(pool, name, checkpointOf(events[events.length - 1]));
    return { read: events.length, published: messages.length };
  }
}
