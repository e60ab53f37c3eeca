import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { EmbeddedTransport, KafkaTransport, type Transport } from '@tapestry/messaging';

/** Injection token for the service's Transport (Kafka when distributed, the PostgreSQL log when embedded). */
export const TRANSPORT = Symbol('TRANSPORT');

export type MessagingModuleOptions =
  | { transport: 'embedded'; busDatabaseUrl: string }
  | { transport: 'kafka'; brokers: readonly string[]; clientId: string };

export interface OpenTransport {
  transport: Transport;
  /** What the transport does not own itself (the embedded log's pool). */
  release(): Promise<void>;
}

/** The transport the options name, and what to release after closing it; for a command line outside Nest too. */
export async function openTransport(options: MessagingModuleOptions): Promise<OpenTransport> {
  if (options.transport === 'kafka') {
    return { transport: new KafkaTransport({ brokers: options.brokers, clientId: options.clientId }), release: () => Promise.resolve() };
  }
  const pool = new Pool({ connectionString: options.busDatabaseUrl, max: 10 });
  // Between the transport's close and the pool's end an idle connection may still be dropped by the server.
  pool.on('error', () => undefined);
  return { transport: await EmbeddedTransport.open({ pool }), release: () => pool.end() };
}

const OPEN_TRANSPORT = Symbol('OPEN_TRANSPORT');

/** One code path, two transports: which one is a start-up setting (TAPESTRY_TRANSPORT), never a code change. */
@Global()
@Module({})
export class MessagingModule implements OnApplicationShutdown {
  constructor(@Inject(OPEN_TRANSPORT) private readonly open: OpenTransport) {}

  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: OPEN_TRANSPORT, useFactory: () => openTransport(options) },
        { provide: TRANSPORT, useFactory: (open: OpenTransport) => open.transport, inject: [OPEN_TRANSPORT] },
      ],
      exports: [TRANSPORT],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.open.transport.close();
    await this.open.release();
  }
}
