/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, restartTestKafka, waitFor, type TestDatabase } from '@tapestry/testing';
import { directoryRowsOf } from './directory-read-model';
import { decodeIdentityEvent, IDENTITY_TOPIC, loadIdentityEventType } from './identity-proto';
import { everyRegisteredPerson, storedRegistrations, waitUntilRelayCaughtUp } from './identity-store-probes';
import { startDeliveryPlatform, type DeliveryPlatform } from './delivery-platform';
import { startRegistering } from './registration-stream';
import { readRawMessage, rewindGroup, waitUntilGroupCaughtUp } from './topic-probes';

jest.setTimeout(180_000);

/** People registered while something breaks; the break comes once a quarter of them have reached the consumer. */
const PEOPLE = 40;
const BREAK_AFTER = 10;

describe('a person registered through the gateway reaches a consumer read model over Kafka exactly once', () => {
  let platform: DeliveryPlatform;
  const directories: TestDatabase[] = [];

  beforeAll(async () => {
    platform = await startDeliveryPlatform();
  }, 240_000);
  afterAll(async () => {
    await platform?.stop();
    await Promise.all(directories.map((directory) => directory.drop()));
  });

  const freshDirectory = async (): Promise<TestDatabase> => {
    const directory = await createTestDatabase('e2e_delivery_directory');
    directories.push(directory);
    return directory;
  };

  const waitUntilInDirectory = (directory: TestDatabase, personIds: readonly string[], description: string): Promise<true> =>
    waitFor(async () => (await directoryRowsOf(directory.pool, personIds)).length === personIds.length, {
      timeoutMs: 120_000,
      intervalMs: 200,
      description,
    });

  /** Starts with everyone identity already relayed (the demo seed, earlier tests) in the consumer's directory. */
  const waitUntilConsumerCaughtUp = async (directory: TestDatabase): Promise<void> => {
    await waitUntilInDirectory(directory, await everyRegisteredPerson(platform.identityDb), 'the consumer to apply everyone registered so far');
  };

  const waitUntilSomeApplied = (directory: TestDatabase, registered: readonly string[]): Promise<true> =>
    waitFor(async () => (await directoryRowsOf(directory.pool, [...registered])).length >= BREAK_AFTER, {
      timeoutMs: 60_000,
      intervalMs: 20,
      description: `${BREAK_AFTER} of the new people in the directory`,
    });

  /**
   * Each person is stored once; once the relay has published everything and the group has handled everything published,
   * each is in the directory with applied_count 1: none missing, none applied twice.
   */
  const expectExactlyOnce = async (directory: TestDatabase, groupId: string, personIds: readonly string[]): Promise<void> => {
    const stored = await storedRegistrations(platform.identityDb, personIds);
    expect(stored.map((row) => row.person_id).sort()).toEqual([...personIds].sort());
    await waitUntilInDirectory(directory, personIds, `all ${personIds.length} people in the directory`);
    await waitUntilRelayCaughtUp(platform.identityDb, 60_000);
    await waitUntilGroupCaughtUp(platform.brokers, groupId, IDENTITY_TOPIC, 60_000);
    const rows = await directoryRowsOf(directory.pool, personIds);
    const appliedCounts = Object.fromEntries(rows.map((row) => [row.person_id, row.applied_count]));
    expect(appliedCounts).toEqual(Object.fromEntries(personIds.map((id) => [id, 1])));
    expect(new Set(rows.map((row) => row.organisation_id))).toEqual(new Set([platform.organisationId]));
  };

  it('lands every person once when the consumer is killed mid-stream and started again in the same group', async () => {
    const directory = await freshDirectory();
    const groupId = `directory-kill-${randomUUID()}`;
    const first = platform.startConsumer('directory-consumer#1', groupId, directory.url);
    await waitUntilConsumerCaughtUp(directory);

    const stream = startRegistering(platform, 'kill', PEOPLE);
    await waitUntilSomeApplied(directory, stream.registered);
    await first.kill();
    // The kill came while registrations were still flowing.
    expect(stream.registered.length).toBeLessThan(PEOPLE);
    // A kill can land between the read model's commit and the offset's; take the worst case, where no offset commit
    // landed at all, so the restarted consumer is handed everything again and only its inbox keeps counts at 1.
    await rewindGroup(platform.brokers, groupId, IDENTITY_TOPIC, 30_000);
    const second = platform.startConsumer('directory-consumer#2', groupId, directory.url);

    await expectExactlyOnce(directory, groupId, await stream.finished);
    await second.stop();
  });

  it('publishes protobuf that decodes with the .proto file alone and carries the event id identity stored', async () => {
    const personId = await platform.registerPerson('delivery.raw.0@riverside-northgate.example.nhs.uk');
    const [stored] = await storedRegistrations(platform.identityDb, [personId]);
    const message = await readRawMessage(
      platform.brokers,
      IDENTITY_TOPIC,
      (candidate) => candidate.key?.toString() === stored.stream_id && candidate.headers?.['event-id']?.toString() === stored.event_id,
      60_000,
    );

    const decoded = decodeIdentityEvent(loadIdentityEventType(), message.value ?? Buffer.alloc(0));
    expect(decoded.envelope).toMatchObject({ eventId: stored.event_id, eventType: 'PersonRegistered', streamId: stored.stream_id });
    expect(decoded.event).toBe('personRegistered');
    expect(decoded.personRegistered).toMatchObject({
      personId,
      organisationId: platform.organisationId,
      displayName: 'Alex Morgan',
      workEmail: 'delivery.raw.0@riverside-northgate.example.nhs.uk',
    });
  });

  it('lands every person once when the broker restarts mid-stream, with no process restarted', async () => {
    const directory = await freshDirectory();
    const groupId = `directory-broker-${randomUUID()}`;
    const consumer = platform.startConsumer('directory-consumer#3', groupId, directory.url);
    await waitUntilConsumerCaughtUp(directory);

    const stream = startRegistering(platform, 'broker', PEOPLE);
    await waitUntilSomeApplied(directory, stream.registered);
    const registeredBeforeRestart = stream.registered.length;
    await restartTestKafka();
    expect(registeredBeforeRestart).toBeLessThan(PEOPLE);
    const duringRestart = await stream.finished;
    // Events stored once the broker is back must flow too, through the same relay and consumer.
    const afterRestart = await startRegistering(platform, 'after-broker', BREAK_AFTER).finished;

    await expectExactlyOnce(directory, groupId, [...duringRestart, ...afterRestart]);
    expect({ exitCode: consumer.child.exitCode, signal: consumer.child.signalCode }).toEqual({ exitCode: null, signal: null });
  });
});
