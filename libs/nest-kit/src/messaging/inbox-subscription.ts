import type { Pool } from 'pg';
import { createInboxHandler, describeConsumerEvent, type InboxWork, type Subscription, type Transport } from '@tapestry/messaging';

export interface InboxSubscriptionOptions {
  transport: Transport;
  /** The consumer's own database: its inbox commits with `work`'s changes. */
  pool: Pool;
  /** The consumer group, also the inbox's consumer name. */
  groupId: string;
  topics: string[];
  work: InboxWork;
  log: { warn(message: string): void };
}

/**
 * Follows `topics` from their beginning, applying each message once through the inbox in the consumer's transaction,
 * and logs retries, dead letters and stalls. The topics are created first: a consumer may start before their producer.
 */
export async function subscribeThroughInbox({ transport, pool, groupId, topics, work, log }: InboxSubscriptionOptions): Promise<Subscription> {
  await transport.ensureTopics(topics);
  return transport.subscribe({
    groupId,
    topics,
    fromBeginning: true,
    handler: createInboxHandler(pool, groupId, work),
    onEvent: (event) => {
      const line = describeConsumerEvent(event);
      if (line) log.warn(line);
    },
  });
}
