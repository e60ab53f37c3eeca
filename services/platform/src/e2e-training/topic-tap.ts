import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { waitFor } from '@tapestry/testing';

/** A message as the tap keeps it: the key it was published under and its value, decoded. */
export interface Tapped<Message> {
  key: string | null;
  message: Message;
}

/**
 * Everything on one topic, from its beginning and as it arrives, read by a throwaway consumer group with kafkajs
 * itself (outside the transport under test) and decoded with `decode`. Tests wait for the messages they expect.
 */
export class TopicTap<Message> {
  readonly messages: Tapped<Message>[] = [];
  private undecodable = 0;

  private constructor(
    readonly topic: string,
    private readonly consumer: Consumer,
  ) {}

  static async start<Message>(brokers: readonly string[], topic: string, decode: (bytes: Uint8Array) => Message): Promise<TopicTap<Message>> {
    const kafka = new Kafka({ clientId: `training-e2e-tap-${randomUUID()}`, brokers: [...brokers], logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `training-e2e-tap-${randomUUID()}` });
    const tap = new TopicTap<Message>(topic, consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        try {
          tap.messages.push({ key: message.key?.toString() ?? null, message: decode(message.value ?? Buffer.alloc(0)) });
        } catch {
          tap.undecodable += 1;
        }
        return Promise.resolve();
      },
    });
    return tap;
  }

  /** How many messages on the topic did not decode: a contract break the specs assert is zero. */
  get undecodableCount(): number {
    return this.undecodable;
  }

  /** The messages `select` picks, once there are at least `atLeast` of them. */
  async waitForAll<Picked>(select: (message: Message) => Picked | undefined, description: string, atLeast = 1, timeoutMs = 60_000): Promise<Picked[]> {
    return waitFor(
      () => {
        const picked = this.messages.map((tapped) => select(tapped.message)).filter((value): value is Picked => value !== undefined);
        return picked.length >= atLeast ? picked : undefined;
      },
      { timeoutMs, intervalMs: 100, description: `${description} on ${this.topic}` },
    );
  }

  /** The first message `select` picks. */
  async waitForOne<Picked>(select: (message: Message) => Picked | undefined, description: string, timeoutMs = 60_000): Promise<Picked> {
    const [first] = await this.waitForAll(select, description, 1, timeoutMs);
    return first;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
