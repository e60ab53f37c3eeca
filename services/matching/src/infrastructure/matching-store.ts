import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { ServiceStore } from '@tapestry/eventsourcing';
import { PG_POOL } from '@tapestry/nest-kit';
import { MatchingClock } from './matching-clock';
import { MATCHING_PROJECTIONS } from '../read-model/matching-projections';

/** Matching's event store and read models (see ServiceStore), started and stopped with the Nest application. */
@Injectable()
export class MatchingStore extends ServiceStore implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(PG_POOL) pool: Pool, clock: MatchingClock) {
    const logger = new Logger('MatchingStore');
    super(pool, MATCHING_PROJECTIONS, { log: (message) => logger.warn(message), now: () => clock.now() });
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}
