import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { ServiceStore } from '@tapestry/eventsourcing';
import { PG_POOL } from '@tapestry/nest-kit';
import { TrainingClock } from './training-clock';
import { TRAINING_PROJECTIONS } from '../read-model/training-projections';

/** Training's event store and read models (see ServiceStore), started and stopped with the Nest application. */
@Injectable()
export class TrainingStore extends ServiceStore implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(PG_POOL) pool: Pool, clock: TrainingClock) {
    const logger = new Logger('TrainingStore');
    super(pool, TRAINING_PROJECTIONS, { log: (message) => logger.warn(message), now: () => clock.now() });
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}
