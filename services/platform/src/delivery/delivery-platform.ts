import { resolve } from 'node:path';
import { Pool } from 'pg';
import { kafkaBrokers } from '@tapestry/testing';
import { newPerson, REGISTER_PERSON } from '../e2e/identity-operations';
import { FAILURE_HOOK, type FailureHook } from '../testing/failure-hook';
import { dataOf } from '../testing/graphql-client';
import { ServiceLogs } from '../testing/service-logs';
import { startTestPlatform } from '../testing/test-platform';
import { startConsumerProcess, type ConsumerProcess } from './consumer-process';

const ROOT = resolve(__dirname, '../../../..');

export interface DeliveryPlatform {
  readonly brokers: string[];
  /** Identity's own database: its event store (`events`) and its relay's checkpoint. */
  readonly identityDb: Pool;
  /** The demo trust, in which its organisation admin registers people. */
  readonly organisationId: string;
  /** registerPerson through the gateway as the organisation admin; resolves to the new person's id. */
  registerPerson(email: string): Promise<string>;
  /** A directory consumer process in group `groupId`, keeping its read model in the database at `databaseUrl`. */
  startConsumer(name: string, groupId: string, databaseUrl: string): ConsumerProcess;
  /** Stops the consumers and the platform, and removes the platform's databases and data folder. */
  stop(): Promise<void>;
}

/**
 * The test platform over the e2e tier's Kafka broker (identity and the gateway as their own processes, the demo trust
 * seeded), plus directory consumer processes. Consumer output is held back like the services' and printed with theirs
 * when a test fails.
 */
export async function startDeliveryPlatform(): Promise<DeliveryPlatform> {
  const brokers = kafkaBrokers();
  const platform = await startTestPlatform({ transport: 'kafka', kafkaBrokers: brokers });
  const consumerLogs = new ServiceLogs();
  const consumers: ConsumerProcess[] = [];
  const globals = globalThis as Record<string, unknown>;
  const platformHook = globals[FAILURE_HOOK] as FailureHook | undefined;
  const printLogs: FailureHook = (heading) => {
    platformHook?.(heading);
    consumerLogs.flush('directory consumer logs up to the same point');
  };
  globals[FAILURE_HOOK] = printLogs;
  const identityDb = new Pool({ connectionString: platform.identityDatabaseUrl, max: 4 });

  const stop = async (): Promise<void> => {
    for (const consumer of consumers.splice(0)) await consumer.stop();
    await identityDb.end();
    if (globals[FAILURE_HOOK] === printLogs) globals[FAILURE_HOOK] = platformHook;
    await platform.stop();
  };

  try {
    const admin = await platform.signInAs('organisation_admin');
    return {
      brokers,
      identityDb,
      organisationId: admin.organisationId,
      async registerPerson(email) {
        const reply = await platform.graphql<{ registerPerson: { id: string } }>(REGISTER_PERSON, { input: newPerson(admin.organisationId, email) }, admin.token);
        return dataOf(reply).registerPerson.id;
      },
      startConsumer(name, groupId, databaseUrl) {
        const consumer = startConsumerProcess({ root: ROOT, name, brokers, databaseUrl, groupId, logs: consumerLogs });
        consumers.push(consumer);
        return consumer;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
