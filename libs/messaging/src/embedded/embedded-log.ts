import { withTransaction } from '@tapestry/eventsourcing';
import type { Pool, PoolClient } from 'pg';
import type { RawMessage } from '../delivery/dead-letter';
import { MessagingError } from '../errors/messaging-error';

/** Channel of the NOTIFY sent when a topic gets messages; the payload is the topic. */
export const appendedChannel = 'tapestry_transport_appended';

/** First key of the two-key advisory locks that serialise appends per topic. */
const appendLockNamespace = 0x74_72_6e_73; // "trns"

/**
 * Appends in one transaction. A per-topic advisory lock held to commit makes offsets follow commit order, so a reader
 * never sees offset 11 before a still-running append commits offset 10: no gaps to skip, nothing missed.
 */
export async function appendMessages(pool: Pool, messages: readonly RawMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const topics = [...new Set(messages.map((message) => message.topic))].sort();
  try {
    await withTransaction(pool, async (client) => {
      await assertTopicsExist(client, topics);
      for (const topic of topics) {
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [appendLockNamespace, topic]);
        await appendToTopic(client, topic, messages.filter((message) => message.topic === topic));
        await client.query('SELECT pg_notify($1, $2)', [appendedChannel, topic]);
      }
    });
  } catch (error) {
    if (error instanceof MessagingError) throw error;
    throw new MessagingError('PUBLISH_FAILED', `Appending to ${topics.join(', ')} failed: ${(error as Error).message}`, true, {
      cause: error,
    });
  }
}

async function assertTopicsExist(client: PoolClient, topics: string[]): Promise<void> {
  const found = await client.query<{ topic: string }>('SELECT topic FROM transport_topics WHERE topic = ANY($1)', [topics]);
  const known = new Set(found.rows.map((row) => row.topic));
  const missing = topics.filter((topic) => !known.has(topic));
  if (missing.length > 0) {
    throw new MessagingError(
      'UNKNOWN_TOPIC',
      `Topic ${missing.join(', ')} does not exist in the embedded log; create it with transport.ensureTopics().`,
      true,
    );
  }
}

async function appendToTopic(client: PoolClient, topic: string, messages: RawMessage[]): Promise<void> {
  const end = await client.query<{ next: string }>(
    'SELECT coalesce(max("offset") + 1, 0)::text AS next FROM transport_messages WHERE topic = $1 AND partition = 0',
    [topic],
  );
  const first = BigInt(end.rows[0].next);
  await client.query(
    `INSERT INTO transport_messages (topic, partition, "offset", key, value, headers)
     SELECT $1, 0, $2::bigint + ordinality - 1, key, value, headers
     FROM unnest($3::text[], $4::bytea[], $5::jsonb[]) WITH ORDINALITY AS m (key, value, headers, ordinality)`,
    [
      topic,
      first.toString(),
      messages.map((message) => message.key),
      messages.map((message) => Buffer.from(message.value)),
      messages.map((message) => JSON.stringify(definedHeaders(message.headers))),
    ],
  );
}

function definedHeaders(headers: RawMessage['headers']): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
