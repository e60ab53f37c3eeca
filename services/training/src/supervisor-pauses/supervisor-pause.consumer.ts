import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Pool } from 'pg';
import { decodeSupervisionEvent, topicFor } from '@tapestry/contracts';
import type { IncomingMessage, Transport } from '@tapestry/messaging';
import { InboxConsumer, PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
import { recomputeEligibility, systemMetadata } from '../eligibility/recompute-eligibility';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { ensureSupervisorPausesTable } from './supervisor-pauses.tables';

export const SUPERVISOR_PAUSES_CONSUMER = 'training.supervisor-pauses';

/**
 * A supervisor's pause or resume of a coach, from `tapestry.supervision.v1`: recorded and eligibility recomputed in
 * the same transaction, so the pool matching keeps from CoachEligibilityChanged follows.
 */
@Injectable()
export class SupervisorPauseConsumer extends InboxConsumer {
  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(TRANSPORT) transport: Transport,
    private readonly store: TrainingStore,
    private readonly clock: TrainingClock,
  ) {
    super(pool, transport, { groupId: SUPERVISOR_PAUSES_CONSUMER, topics: [topicFor('supervision')], name: 'SupervisorPauses' });
  }

  protected override async prepare(): Promise<void> {
    await ensureSupervisorPausesTable(this.pool);
  }

  protected async apply(message: IncomingMessage, client: PoolClient): Promise<void> {
    const { envelope, event } = decodeSupervisionEvent(message.value);
    if (event.case !== 'coachPauseChanged') return;
    const { coachId, organisationId, paused, changedBy } = event.value;
    const now = this.clock.now();
    await client.query(
      `INSERT INTO supervisor_pauses (person_id, paused, changed_by, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id) DO UPDATE SET paused = EXCLUDED.paused, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at`,
      [coachId, paused, changedBy || null, now],
    );
    await recomputeEligibility(this.store.events.inTransaction(client), client, coachId, now, systemMetadata('supervision', organisationId, envelope?.eventId));
  }
}
