import { ContractDecodeError, dlqFor } from '@tapestry/contracts';
import { waitFor } from '@tapestry/testing';
import type { ConsumerEvent, IncomingMessage } from '../transport';
import type { ContractHarness } from './contract-harness';
import { decodeReceived, poisonMessage, testMessage } from './contract-messages';

/** A consumer's handler that decodes, as real consumers do: poison fails here. */
function decodes(message: IncomingMessage): Promise<void> {
  decodeReceived(message);
  return Promise.resolve();
}

function count(events: ConsumerEvent[], type: ConsumerEvent['type']): number {
  return events.filter((event) => event.type === type).length;
}

/** Retries, dead letters, and what happens when a dead letter cannot be written. Part of describeTransportContract. */
export function describeDeadLetterContract(harness: () => ContractHarness): void {
  it('dead-letters a message that does not decode, with the error, at once, and goes on', async () => {
    const transport = await harness().transport();
    const topic = await harness().topic(transport);
    const publisher = await transport.createPublisher();
    const poison = poisonMessage(topic, 'person-a');
    await publisher.publish([testMessage(topic, 'person-a', 0), poison, testMessage(topic, 'person-a', 1)]);

    const handled: number[] = [];
    const consumer = await harness().collect(transport, topic, {
      then: (message) => {
        handled.push(decodeReceived(message).seq);
        return Promise.resolve();
      },
    });
    const deadLetters = await harness().collect(transport, dlqFor(topic));
    await waitFor(() => handled.length >= 2 && deadLetters.messages.length >= 1, { description: 'both good messages and the dead letter' });

    expect(handled).toEqual([0, 1]);
    const poisonDelivery = consumer.messages.find((message) => message.headers['event-id'] === poison.headers['event-id']);
    const [deadLetter] = deadLetters.messages;
    expect(Buffer.compare(deadLetter.value, Buffer.from(poison.value))).toBe(0);
    expect(deadLetter.key).toBe('person-a');
    expect(deadLetter.headers).toMatchObject({
      ...poison.headers,
      'dlq-error-code': new ContractDecodeError('x', 'y').code,
      'dlq-attempts': '1',
      'dlq-source-topic': topic,
      'dlq-source-partition': String(poisonDelivery?.partition),
      'dlq-source-offset': poisonDelivery?.offset,
    });
    expect(deadLetter.headers['dlq-error']).toMatch(/not a valid tapestry\.identity\.v1\.IdentityEvent/);
    await publisher.close();
  });

  it('retries a handler that fails a few times, then handles the message in order and dead-letters nothing', async () => {
    const transport = await harness().transport();
    const topic = await harness().topic(transport);
    const publisher = await transport.createPublisher();
    await publisher.publish([0, 1, 2].map((seq) => testMessage(topic, 'person-a', seq)));
    const events: ConsumerEvent[] = [];
    let failuresLeft = 3;

    const consumer = await harness().collect(transport, topic, {
      maxAttempts: 5,
      events,
      then: (message) => {
        if (decodeReceived(message).seq === 1 && failuresLeft > 0) {
          failuresLeft -= 1;
          return Promise.reject(new Error('read model database briefly unavailable'));
        }
        return Promise.resolve();
      },
    });
    await waitFor(() => consumer.messages.some((message) => decodeReceived(message).seq === 2), { description: 'the last message' });

    expect(consumer.messages.map((message) => decodeReceived(message).seq)).toEqual([0, 1, 1, 1, 1, 2]);
    expect(count(events, 'handler-failed')).toBe(3);
    expect(count(events, 'dead-lettered')).toBe(0);
    await publisher.close();
  });

  it('dead-letters a message whose handler still fails after maxAttempts, and goes on', async () => {
    const transport = await harness().transport();
    const topic = await harness().topic(transport);
    const publisher = await transport.createPublisher();
    await publisher.publish([0, 1].map((seq) => testMessage(topic, 'person-a', seq)));

    const consumer = await harness().collect(transport, topic, {
      maxAttempts: 3,
      then: (message) => (decodeReceived(message).seq === 0 ? Promise.reject(new Error('always fails')) : Promise.resolve()),
    });
    const deadLetters = await harness().collect(transport, dlqFor(topic));
    await waitFor(() => deadLetters.messages.length >= 1 && consumer.messages.length >= 4, { description: 'dead letter and next message' });

    expect(consumer.messages.map((message) => decodeReceived(message).seq)).toEqual([0, 0, 0, 1]);
    expect(deadLetters.messages[0].headers).toMatchObject({ 'dlq-attempts': '3', 'dlq-error': 'Error: always fails' });
    await publisher.close();
  });

  it('keeps the offset while the dead letter cannot be written, and goes on once it can', async () => {
    const transport = await harness().transport();
    const topic = await harness().topic(transport, { withDeadLetterTopic: false });
    const publisher = await transport.createPublisher();
    const poison = poisonMessage(topic, 'person-a');
    await publisher.publish([poison, testMessage(topic, 'person-a', 0)]);
    const groupId = harness().groupId();

    const firstEvents: ConsumerEvent[] = [];
    const first = await harness().collect(transport, topic, { groupId, events: firstEvents, then: decodes });
    await waitFor(() => count(firstEvents, 'dead-letter-failed') >= 1, { description: 'a failed dead-letter write', timeoutMs: 90_000 });
    await first.subscription.stop();
    expect(first.messages.map((message) => message.headers['event-id'])).toEqual([poison.headers['event-id']]);

    const secondEvents: ConsumerEvent[] = [];
    const second = await harness().collect(await harness().transport(), topic, { groupId, events: secondEvents, then: decodes });
    await waitFor(() => count(secondEvents, 'dead-letter-failed') >= 1, { description: 'the same message again', timeoutMs: 90_000 });
    expect(second.messages[0].headers['event-id']).toBe(poison.headers['event-id']);

    await transport.ensureTopics([topic]);
    await waitFor(() => second.messages.length >= 2, { description: 'the message after the poison', timeoutMs: 90_000 });
    const deadLetters = await harness().collect(transport, dlqFor(topic));
    await waitFor(() => deadLetters.messages.length >= 1, { description: 'the dead letter' });
    expect(deadLetters.messages[0].headers['event-id']).toBe(poison.headers['event-id']);
    expect(count(secondEvents, 'dead-lettered')).toBe(1);
    await publisher.close();
  });
}
