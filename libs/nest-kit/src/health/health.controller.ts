import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '@tapestry/auth';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.tokens';

/** Liveness and readiness in one: answers 200 only while the service's own database answers. */
@Controller('health')
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Public()
  @Get()
  async health(): Promise<{ status: 'ok' }> {
    await this.pool.query('SELECT 1');
    return { status: 'ok' };
  }
}
