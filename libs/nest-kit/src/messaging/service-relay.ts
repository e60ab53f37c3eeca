import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EventStore, RecordedEvent } from '@tapestry/eventsourcing';
import { ensureRelayCheckpointTable, OutboxRelay, type OutgoingMessage, type Publisher, type Transport } from '@tapestry/messaging';

export interface ServiceRelayOptions {
  /** Names the relay's checkpoint, e.g. 'identity'. */
  name: string;
  topic: string;
  store: Pick<EventStore, 'readAll'>;
  pool: Pool;
  transport: Transport;
  /** The message for a public event; null for one that never leaves the service. */
  encode: (event: RecordedEvent) => OutgoingMessage | readonly OutgoingMessage[] | null;
}

/**
 * Publishes a service's public events from its event store (the outbox) to its topic, from application start to
 * shutdown. Handlers never publish: an event is on the topic only because it is in the store, so nothing is lost
 * between the two. A service subclasses it to supply its store, topic and encoder.
 */
export abstract class ServiceRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay: OutboxRelay | undefined;
  private publisher: Publisher | undefined;
  private readonly logger: Logger;

  protected constructor(private readonly options: ServiceRelayOptions) {
    this.logger = new Logger(`Relay:${options.name}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { name, topic, store, pool, transport, encode } = this.options;
    await ensureRelayCheckpointTable(pool);
    await transport.ensureTopics([topic]);
    this.publisher = await transport.createPublisher();
    this.relay = new OutboxRelay({
      name,
      store,
      pool,
      publisher: this.publisher,
      encode,
      pollIntervalMs: 250,
      onError: (error) => this.logger.warn(`Relaying to ${topic} failed and will be retried: ${String(error)}`),
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.publisher?.close();
  }
}
