import type { Pool } from 'pg';
import { MessagingError } from '../errors/messaging-error';

/**
 * Joins a group to its topics: a new group starts at the beginning or, like Kafka's default, at the end of each topic.
 * A group that has committed before keeps its offsets.
 */
export async function joinGroup(pool: Pool, groupId: string, topics: readonly string[], fromBeginning: boolean): Promise<void> {
  const known = await pool.query<{ topic: string }>('SELECT topic FROM transport_topics WHERE topic = ANY($1)', [[...topics]]);
  const missing = topics.filter((topic) => !known.rows.some((row) => row.topic === topic));
  if (missing.length > 0) {
    throw new MessagingError(
      'UNKNOWN_TOPIC',
      `Cannot subscribe group ${groupId}: topic ${missing.join(', ')} does not exist in the embedded log; create it with transport.ensureTopics().`,
      true,
    );
  }
  for (const topic of topics) {
    await pool.query(
      `INSERT INTO transport_group_offsets (group_id, topic, partition, next_offset)
       SELECT $1, $2, 0, CASE WHEN $3 THEN 0
         ELSE (SELECT coalesce(max("offset") + 1, 0) FROM transport_messages WHERE topic = $2 AND partition = 0) END
       ON CONFLICT (group_id, topic, partition) DO NOTHING`,
      [groupId, topic, fromBeginning],
    );
  }
}
