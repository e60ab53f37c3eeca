import type { Pool, PoolClient } from 'pg';
import { withTransaction } from '@tapestry/eventsourcing';
import { MessagingError } from '../errors/messaging-error';
import type { IncomingMessage, MessageHandler } from '../transport';

/** The consumer's own changes for one message, made on the inbox's transaction. */
export type InboxWork = (message: IncomingMessage, client: PoolClient) => Promise<void>;

/**
 * Makes a consumer's changes exactly-once over at-least-once delivery: in one transaction, record (consumer, event id)
 * in the inbox and, only when it was not there yet, do the work on the same connection. A redelivered message finds its
 * event id and changes nothing. A message without an `event-id` header cannot be deduplicated: it is dead-lettered.
 */
export function createInboxHandler(pool: Pool, consumerName: string, work: InboxWork): MessageHandler {
  return async (message) => {
    const eventId = message.headers['event-id'];
    if (!eventId) {
      throw new MessagingError(
        'MISSING_EVENT_ID',
        `Message ${message.topic}/${message.partition}/${message.offset} has no event-id header, so ${consumerName} cannot apply it exactly once.`,
        false,
      );
    }
    await withTransaction(pool, async (client) => {
      const inserted = await client.query(
        `INSERT INTO inbox (consumer, event_id, topic, partition, "offset") VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (consumer, event_id) DO NOTHING`,
        [consumerName, eventId, message.topic, message.partition, message.offset],
      );
      if (inserted.rowCount === 1) await work(message, client);
    });
  };
}
