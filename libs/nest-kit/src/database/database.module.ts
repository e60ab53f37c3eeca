import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from './database.tokens';

export interface DatabaseModuleOptions {
  url: string;
  /** Connections in the pool; each projection and consumer holds one while it works. */
  max?: number;
}

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: PG_POOL, useFactory: () => new Pool({ connectionString: options.url, max: options.max ?? 20 }) }],
      exports: [PG_POOL],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
