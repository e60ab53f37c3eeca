import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from './database.tokens';

export interface DatabaseModuleOptions {
  url: string;
  /** Connections in the pool; each projection and consumer holds one while it works. */
  max?: number;
}

/**
 * An idle pooled connection that the server drops (a restart, a terminated backend) makes the pool emit 'error'; with
 * no listener that would end the process. The pool replaces the connection on next use, so a warning is enough.
 */
function createPool(options: DatabaseModuleOptions): Pool {
  const pool = new Pool({ connectionString: options.url, max: options.max ?? 20 });
  const logger = new Logger('Database');
  pool.on('error', (error) => logger.warn(`An idle database connection was closed by the server: ${error.message}`));
  return pool;
}

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: PG_POOL, useFactory: () => createPool(options) }],
      exports: [PG_POOL],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
