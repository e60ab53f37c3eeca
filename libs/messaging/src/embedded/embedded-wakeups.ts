import type { Notification, Pool, PoolClient } from 'pg';
import { sleep } from '../delivery/backoff';
import { appendedChannel } from './embedded-log';

/**
 * Wakes waiting consumers when their topic gets messages (LISTEN/NOTIFY on one held connection). Only a shortcut:
 * consumers also poll, so a lost listening connection costs latency, never messages; it is re-opened in the background.
 */
export class EmbeddedWakeups {
  private client: PoolClient | null = null;
  private readonly waiters = new Set<{ topics: ReadonlySet<string>; wake: () => void }>();
  private readonly abort = new AbortController();
  private reconnecting: Promise<void> | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly reconnectDelayMs: number,
  ) {}

  async start(): Promise<void> {
    const client = await this.pool.connect();
    client.on('notification', (notification: Notification) => this.notify(notification.payload));
    client.on('error', () => this.lost(client));
    try {
      await client.query(`LISTEN ${appendedChannel}`);
    } catch (error) {
      client.release(true);
      throw error;
    }
    this.client = client;
  }

  /** Resolves when one of `topics` gets a message, after `timeoutMs`, or when `signal` aborts. */
  async wait(topics: ReadonlySet<string>, timeoutMs: number, signal: AbortSignal): Promise<void> {
    const timeout = new AbortController();
    const onAbort = (): void => timeout.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const waiter = { topics, wake: onAbort };
    this.waiters.add(waiter);
    try {
      await sleep(timeoutMs, timeout.signal);
    } finally {
      this.waiters.delete(waiter);
      signal.removeEventListener('abort', onAbort);
    }
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.reconnecting;
    const client = this.client;
    this.client = null;
    if (client) {
      await client.query(`UNLISTEN ${appendedChannel}`).catch(() => undefined);
      client.release();
    }
  }

  private notify(topic: string | undefined): void {
    for (const waiter of this.waiters) if (topic !== undefined && waiter.topics.has(topic)) waiter.wake();
  }

  private lost(client: PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    client.release(true);
    this.reconnecting ??= this.reconnect().finally(() => {
      this.reconnecting = null;
    });
  }

  private async reconnect(): Promise<void> {
    while (!this.abort.signal.aborted) {
      await sleep(this.reconnectDelayMs, this.abort.signal);
      if (this.abort.signal.aborted) return;
      try {
        await this.start();
        return;
      } catch {
        // Still unreachable: consumers keep polling meanwhile; try again after the delay.
      }
    }
  }
}
