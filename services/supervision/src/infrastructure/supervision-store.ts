import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { ServiceStore } from '@tapestry/eventsourcing';
import { PG_POOL } from '@tapestry/nest-kit';
import { SupervisionClock } from './supervision-clock';
import { SUPERVISION_PROJECTIONS } from '../read-model/supervision-projections';

/** Supervision's event store and read models (see ServiceStore), started and stopped with the Nest application. */
@Injectable()
export class SupervisionStore extends ServiceStore implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(PG_POOL) pool: Pool, clock: SupervisionClock) {
    const logger = new Logger('SupervisionStore');
    super(pool, SUPERVISION_PROJECTIONS, { log: (message) => logger.warn(message), now: () => clock.now() });
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}
