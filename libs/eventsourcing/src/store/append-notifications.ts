import type { Pool, PoolClient } from 'pg';

/**
 * Wakes a follower when an append commits (the append NOTIFYs in its own transaction, so the signal arrives only
 * after commit). A hint, never the source of truth: notifications are lost while the listening connection is down,
 * and an event may still sit behind an older running transaction when its notification arrives, so followers keep
 * polling as the fallback.
 */
export class AppendNotifications {
  private pending = false;
  private wakeUp: (() => void) | undefined;

  private constructor(private client: PoolClient | undefined) {}

  /** Listens on `channel` with a connection of its own; without one (the pool refuses) it only polls. */
  static async listen(pool: Pool, channel: string): Promise<AppendNotifications> {
    let client: PoolClient;
    try {
      client = await pool.connect();
      await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
    } catch {
      return new AppendNotifications(undefined);
    }
    const notifications = new AppendNotifications(client);
    client.on('notification', () => notifications.notify());
    client.on('error', (error) => notifications.drop(error));
    return notifications;
  }

  static pollingOnly(): AppendNotifications {
    return new AppendNotifications(undefined);
  }

  /** Forget earlier notifications: call before reading, so one arriving during the read still wakes the next wait. */
  clear(): void {
    this.pending = false;
  }

  /** Resolves on the next notification (or at once if one came since `clear`), after `timeoutMs`, or on abort. */
  async wait(timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.pending || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done);
      this.wakeUp = done;
    });
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.query('UNLISTEN *');
      client.release();
    } catch (error) {
      client.release(error instanceof Error ? error : true);
    }
  }

  private notify(): void {
    this.pending = true;
    this.wakeUp?.();
  }

  private drop(error: Error): void {
    const client = this.client;
    this.client = undefined;
    client?.release(error);
  }
}
