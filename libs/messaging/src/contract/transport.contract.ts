import { waitFor } from '@tapestry/testing';
import type { IncomingMessage } from '../transport';
import { describeDeadLetterContract } from './dead-letter.contract';
import { ContractHarness, deferred } from './contract-harness';
import type { ContractEnvironment } from './contract-harness';
import { decodeReceived, interleaved, range, seqsByKey, testMessage } from './contract-messages';
import { ContractReadModel } from './contract-read-model';

export type { ContractEnvironment } from './contract-harness';

/** The behaviour every transport promises; run by each transport's integration spec against the real thing. */
export function describeTransportContract(name: string, environment: () => ContractEnvironment): void {
  describe(`${name} transport contract`, () => {
    let harness: ContractHarness;

    beforeEach(() => {
      harness = new ContractHarness(environment());
    });

    afterEach(async () => {
      await harness.close();
    });

    it('delivers every message once, each key in the order published, with its headers and bytes', async () => {
      const transport = await harness.transport();
      const topic = await harness.topic(transport);
      const publisher = await transport.createPublisher();
      const sent = interleaved(topic, ['person-a', 'person-b', 'person-c'], 10);
      await publisher.publish(sent.slice(0, 12));
      await publisher.publish(sent.slice(12));

      const { messages } = await harness.collect(transport, topic);
      await waitFor(() => messages.length >= sent.length, { description: `${sent.length} messages` });

      const received = messages.map(decodeReceived);
      expect(seqsByKey(received)).toEqual({ 'person-a': range(10), 'person-b': range(10), 'person-c': range(10) });
      const first = messages.find((message) => message.headers['event-id'] === sent[0].headers['event-id']);
      expect(first?.headers).toMatchObject(sent[0].headers);
      expect(Buffer.compare(first?.value ?? Buffer.alloc(0), Buffer.from(sent[0].value))).toBe(0);
      await publisher.close();
    });

    it('commits an offset only after its handler finished: a message in hand when the consumer stops comes again', async () => {
      const transport = await harness.transport();
      const topic = await harness.topic(transport);
      const publisher = await transport.createPublisher();
      await publisher.publish(range(8).map((seq) => testMessage(topic, 'person-a', seq)));
      const groupId = harness.groupId();
      const inHand = deferred();
      const release = deferred();

      const first = await harness.collect(transport, topic, {
        groupId,
        then: async (message) => {
          if (decodeReceived(message).seq < 4) return;
          inHand.resolve();
          await release.promise;
        },
      });
      await inHand.promise;
      const stopping = first.subscription.stop();
      release.reject(new Error('the process died mid-message'));
      await stopping;

      const restarted = await harness.collect(await harness.transport(), topic, { groupId });
      await waitFor(() => restarted.messages.length >= 4, { description: 'the rest of the stream' });
      expect(first.messages.map((message) => decodeReceived(message).seq)).toEqual([0, 1, 2, 3, 4]);
      expect(restarted.messages.map((message) => decodeReceived(message).seq)).toEqual([4, 5, 6, 7]);
      await publisher.close();
    });

    it('lands every message exactly once in an inbox-fed read model across redelivery and a consumer restart', async () => {
      const transport = await harness.transport();
      const topic = await harness.topic(transport);
      const readModel = new ContractReadModel(harness.environment.readModelPool(), harness.groupId());
      await readModel.create();
      const publisher = await transport.createPublisher();
      const sent = interleaved(topic, ['person-a', 'person-b', 'person-c', 'person-d'], 10);
      await publisher.publish(sent);
      const groupId = harness.groupId();
      const work = readModel.handler();
      let deliveries = 0;
      let crashedOnce = false;
      const handler = async (message: Parameters<typeof work>[0]): Promise<void> => {
        deliveries += 1;
        await work(message);
        // As if the process died after its transaction committed but before the offset commit: delivered again.
        if (!crashedOnce && decodeReceived(message).seq === 2) {
          crashedOnce = true;
          throw new Error('crashed after the work committed');
        }
      };

      const first = await harness.subscribe(transport, { groupId, topics: [topic], handler });
      await waitFor(() => readModel.workRuns >= 15, { description: 'the first consumer to get mid-stream' });
      await first.stop();
      await harness.subscribe(await harness.transport(), { groupId, topics: [topic], handler });
      await waitFor(async () => (await readModel.rows()).length >= sent.length, { description: 'every message in the read model' });

      const rows = await readModel.rows();
      expect(rows).toHaveLength(sent.length);
      expect(new Set(rows.map((row) => row.eventId)).size).toBe(sent.length);
      expect(readModel.workRuns).toBe(sent.length);
      expect(deliveries).toBeGreaterThan(sent.length);
      await publisher.close();
    });

    it('tells where each partition ends, so a replay knows when it has caught up', async () => {
      const transport = await harness.transport();
      const topic = await harness.topic(transport);
      const empty = await transport.latestOffsets([topic, `${topic}.missing`]);
      expect(empty.every((position) => position.topic === topic && position.offset === '0')).toBe(true);
      expect(empty.length).toBeGreaterThan(0);

      const publisher = await transport.createPublisher();
      const sent = interleaved(topic, ['person-a', 'person-b', 'person-c'], 4);
      await publisher.publish(sent);
      const ends = await transport.latestOffsets([topic]);
      expect(ends.reduce((sum, position) => sum + Number(position.offset), 0)).toBe(sent.length);

      const { messages } = await harness.collect(transport, topic);
      await waitFor(() => messages.length >= sent.length, { description: `${sent.length} messages` });
      for (const message of messages) {
        const end = ends.find((position) => position.partition === message.partition);
        expect(BigInt(message.offset)).toBeLessThan(BigInt(end?.offset ?? '0'));
      }
      await publisher.close();
    });

    it('replays a topic from its beginning to the offsets given, in batches, each partition in order', async () => {
      const transport = await harness.transport();
      const topic = await harness.topic(transport);
      const publisher = await transport.createPublisher();
      const sent = interleaved(topic, ['person-a', 'person-b', 'person-c'], 7);
      await publisher.publish(sent);
      const until = await transport.latestOffsets([topic]);
      await publisher.publish(interleaved(topic, ['person-d'], 3));

      const batches: IncomingMessage[][] = [];
      await transport.replay({ topics: [topic], until, batchSize: 4, handler: (batch) => Promise.resolve(void batches.push(batch)) });
      const received = batches.flat();
      expect(batches.every((batch) => batch.length <= 4)).toBe(true);
      expect(received).toHaveLength(sent.length);
      expect(seqsByKey(received.map(decodeReceived))).toEqual({ 'person-a': range(7), 'person-b': range(7), 'person-c': range(7) });
      const later: IncomingMessage[] = [];
      const now = await transport.latestOffsets([topic]);
      await transport.replay({ topics: [topic], from: until, until: now, handler: (batch) => Promise.resolve(void later.push(...batch)) });
      expect(seqsByKey(later.map(decodeReceived))).toEqual({ 'person-d': range(3) });
      await expect(transport.replay({ topics: [topic], until, handler: () => Promise.reject(new Error('read model unavailable')) })).rejects.toThrow(
        'read model unavailable',
      );
      await publisher.close();
    });

    describeDeadLetterContract(() => harness);
  });
}
