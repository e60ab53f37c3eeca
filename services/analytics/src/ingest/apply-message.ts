import type { PoolClient } from 'pg';
import { ContractDecodeError, decodeIdentityEvent, decodeMatchingEvent, decodeSupervisionEvent, decodeTrainingEvent, fromTimestamp, topicFor } from '@tapestry/contracts';
import { MessagingError, type IncomingMessage } from '@tapestry/messaging';
import { applyIdentity } from './apply-identity';
import { applyMatching } from './apply-matching';
import { applySupervision } from './apply-supervision';
import { applyTraining } from './apply-training';

const IDENTITY = topicFor('identity');
const TRAINING = topicFor('training');
const MATCHING = topicFor('matching');
const SUPERVISION = topicFor('supervision');

/**
 * Applies one message to the warehouse in `schema`, once: the event id is recorded in the same transaction, so a
 * redelivery, or the live consumer and a rebuild both reading a message, changes nothing the second time. Returns
 * false when the message had been applied already. A message that does not decode throws a non-retriable error, so
 * it goes to the dead-letter topic at once and the messages after it carry on.
 */
export async function applyMessage(client: PoolClient, schema: string, message: IncomingMessage): Promise<boolean> {
  const eventId = message.headers['event-id'];
  if (!eventId) {
    throw new MessagingError('MISSING_EVENT_ID', `Message ${message.topic}/${message.partition}/${message.offset} has no event-id header.`, false);
  }
  const inserted = await client.query(`INSERT INTO ${schema}.applied_messages (event_id, topic) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    eventId,
    message.topic,
  ]);
  if (inserted.rowCount !== 1) return false;
  switch (message.topic) {
    case IDENTITY:
      await applyIdentity(client, schema, decodeIdentityEvent(message.value));
      break;
    case TRAINING: {
      const decoded = decodeTrainingEvent(message.value);
      await applyTraining(client, schema, decoded, occurredAt(decoded.envelope?.occurredAt));
      break;
    }
    case MATCHING: {
      const decoded = decodeMatchingEvent(message.value);
      await applyMatching(client, schema, decoded, occurredAt(decoded.envelope?.occurredAt));
      break;
    }
    case SUPERVISION:
      await applySupervision(client, schema, decodeSupervisionEvent(message.value));
      break;
    default:
      break;
  }
  return true;
}

function occurredAt(timestamp: Parameters<typeof fromTimestamp>[0] | undefined): string {
  if (!timestamp) throw new ContractDecodeError('event envelope', 'it has no occurred_at, so the event cannot be placed in a period');
  return fromTimestamp(timestamp).toISOString();
}
