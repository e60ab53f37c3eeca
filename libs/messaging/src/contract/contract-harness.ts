import { uniqueTopicName } from '@tapestry/testing';
import type { Pool } from 'pg';
import type { ConsumerEvent, IncomingMessage, MessageHandler, Subscription, SubscriptionOptions, Transport } from '../transport';

/** What a transport's spec file provides to the contract suite. */
export interface ContractEnvironment {
  /** A transport over the shared log; each call is like another process attached to the same log. */
  openTransport(): Promise<Transport>;
  /** The consuming service's own database, for the inbox and read model. */
  readModelPool(): Pool;
}

let groups = 0;

/** Opens transports and subscriptions for one test and closes them all afterwards. */
export class ContractHarness {
  private readonly transports: Transport[] = [];
  private readonly subscriptions: Subscription[] = [];

  constructor(readonly environment: ContractEnvironment) {}

  async transport(): Promise<Transport> {
    const transport = await this.environment.openTransport();
    this.transports.push(transport);
    return transport;
  }

  /** A topic no other test uses, with (by default) its dead-letter topic. */
  async topic(transport: Transport, { withDeadLetterTopic = true } = {}): Promise<string> {
    const topic = uniqueTopicName('contract');
    await transport.ensureTopics([topic], { withDeadLetterTopics: withDeadLetterTopic, partitions: 3 });
    return topic;
  }

  groupId(): string {
    groups += 1;
    return `${uniqueTopicName('group')}-${groups}`;
  }

  async subscribe(transport: Transport, options: Omit<SubscriptionOptions, 'fromBeginning'>): Promise<Subscription> {
    const subscription = await transport.subscribe({ fromBeginning: true, ...options });
    this.subscriptions.push(subscription);
    return subscription;
  }

  /** Subscribes a handler that records every message it is given (and then runs `then`, if any). */
  async collect(
    transport: Transport,
    topic: string,
    options: { groupId?: string; then?: MessageHandler; maxAttempts?: number; events?: ConsumerEvent[] } = {},
  ): Promise<{ messages: IncomingMessage[]; subscription: Subscription }> {
    const messages: IncomingMessage[] = [];
    const subscription = await this.subscribe(transport, {
      groupId: options.groupId ?? this.groupId(),
      topics: [topic],
      maxAttempts: options.maxAttempts,
      onEvent: (event) => options.events?.push(event),
      handler: async (message) => {
        messages.push(message);
        await options.then?.(message);
      },
    });
    return { messages, subscription };
  }

  async close(): Promise<void> {
    for (const subscription of this.subscriptions.splice(0)) await subscription.stop();
    for (const transport of this.transports.splice(0)) await transport.close();
  }
}

/** A promise with its resolve/reject on the outside: lets a test hold a handler mid-message. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
