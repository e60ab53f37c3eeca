import { Pool } from 'pg';
import { createInboxHandler, describeError, ensureInboxTable, KafkaTransport, type ConsumerEvent } from '@tapestry/messaging';
import { applyToDirectory, ensureDirectoryTable } from './directory-read-model';
import { decodeIdentityEvent, IDENTITY_TOPIC, loadIdentityEventType } from './identity-proto';

/**
 * A consumer of identity's events that knows nothing of identity but its .proto files: run on its own
 * (`node -r @swc-node/register directory-consumer.ts`) with KAFKA_BROKERS, DATABASE_URL and GROUP_ID, it keeps a
 * `directory` read model in its own database, exactly once per event through the inbox.
 */
interface DirectoryConsumerConfig {
  brokers: string[];
  databaseUrl: string;
  groupId: string;
}

function configFrom(env: NodeJS.ProcessEnv): DirectoryConsumerConfig {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: the directory consumer needs KAFKA_BROKERS, DATABASE_URL and GROUP_ID.`);
    return value;
  };
  return { brokers: required('KAFKA_BROKERS').split(','), databaseUrl: required('DATABASE_URL'), groupId: required('GROUP_ID') };
}

function describeConsumerEvent(event: ConsumerEvent): string {
  switch (event.type) {
    case 'handler-failed':
      return `handling ${event.position.partition}/${event.position.offset} failed (attempt ${event.attempt}): ${describeError(event.error)}`;
    case 'dead-lettered':
      return `dead-lettered ${event.position.partition}/${event.position.offset} after ${event.attempts} attempt(s): ${describeError(event.error)}`;
    case 'dead-letter-failed':
      return `could not dead-letter ${event.position.partition}/${event.position.offset}: ${describeError(event.error)}`;
    case 'consumer-crashed':
      return `consumer crashed and will be replaced: ${describeError(event.error)}`;
    case 'consumer-restarted':
      return 'consumer replaced and running again';
  }
}

async function main(): Promise<void> {
  const config = configFrom(process.env);
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4 });
  await ensureInboxTable(pool);
  await ensureDirectoryTable(pool);
  const identityEvent = loadIdentityEventType();
  const transport = new KafkaTransport({
    brokers: config.brokers,
    clientId: `directory-consumer-${config.groupId}`,
    // A member killed without leaving holds its partitions until its session lapses: keep that wait short.
    sessionTimeoutMs: 10_000,
    restartBackoff: { initialMs: 500, maxMs: 5_000 },
  });
  await transport.ensureTopics([IDENTITY_TOPIC]);
  const subscription = await transport.subscribe({
    groupId: config.groupId,
    topics: [IDENTITY_TOPIC],
    fromBeginning: true,
    handler: createInboxHandler(pool, config.groupId, (message, client) => applyToDirectory(client, decodeIdentityEvent(identityEvent, message.value))),
    onEvent: (event) => console.log(`directory consumer: ${describeConsumerEvent(event)}`),
  });
  console.log(`directory consumer: group ${config.groupId} subscribed to ${IDENTITY_TOPIC}`);

  const stop = async (): Promise<void> => {
    await subscription.stop();
    await transport.close();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`directory consumer failed to start: ${describeError(error)}`);
  process.exit(1);
});
