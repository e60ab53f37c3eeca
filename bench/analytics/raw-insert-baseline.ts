import type { Pool } from 'pg';
import { withTransaction } from '@tapestry/eventsourcing';
import type { OutgoingMessage } from '@tapestry/messaging';

export interface BaselineMeasurement {
  messages: number;
  seconds: number;
}

/**
 * The floor under any consumer that commits each message on its own: the messages' bytes, one INSERT into a
 * one-column table in one transaction per message, one after another, read from memory (no bus at all). Its cost per
 * message does not depend on how many there are, so an even sample of at most `limit` of them is enough.
 */
export async function rawInsertBaseline(pool: Pool, messages: readonly OutgoingMessage[], limit: number): Promise<BaselineMeasurement> {
  const stride = Math.max(1, Math.ceil(messages.length / limit));
  const sample = messages.filter((_, index) => index % stride === 0);
  await pool.query('DROP TABLE IF EXISTS bench_raw_messages');
  await pool.query('CREATE TABLE bench_raw_messages (value bytea NOT NULL)');
  const started = performance.now();
  for (const message of sample) {
    await withTransaction(pool, (client) => client.query('INSERT INTO bench_raw_messages (value) VALUES ($1)', [Buffer.from(message.value)]));
  }
  const seconds = (performance.now() - started) / 1000;
  await pool.query('DROP TABLE bench_raw_messages');
  return { messages: sample.length, seconds };
}
