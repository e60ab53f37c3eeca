import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { handleCommand } from '@tapestry/eventsourcing';
import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { SupervisionClock } from '../infrastructure/supervision-clock';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { concernDecider, concernStreamId, type ConcernCommand } from './concern.decider';
import { programmeLeadForConcerns } from './concern-policy.projection';
import type { ConcernKind } from './concern.events';

/** A coach raises an ethical or safeguarding concern about one of their relationships; the people it went to resolve it. */
@Injectable()
export class ConcernCommands {
  constructor(
    private readonly store: SupervisionStore,
    private readonly clock: SupervisionClock,
  ) {}

  async raise(principal: Principal, relationshipIdInput: string, kind: ConcernKind, summary: string): Promise<string> {
    const relationshipId = requireUuid(relationshipIdInput, 'relationshipId');
    const { rows: coach } = await this.store.pool.query<{ coach_id: string }>(
      "SELECT coach_id FROM caseload_facts WHERE fact->>'relationshipId' = $1 AND fact->>'type' = 'RelationshipIntroduced' LIMIT 1",
      [relationshipId],
    );
    const { rows: supervisors } = await this.store.pool.query<{ supervisor_id: string }>(
      'SELECT supervisor_id FROM arrangements WHERE coach_id = $1 AND ended_on IS NULL ORDER BY supervisor_id',
      [principal.personId],
    );
    const concernId = randomUUID();
    const command: ConcernCommand = {
      type: 'RaiseConcern',
      concernId,
      kind,
      relationshipId,
      actorId: principal.personId,
      organisationId: principal.organisationId,
      summary,
      relationshipCoachId: coach[0]?.coach_id ?? null,
      supervisorIds: supervisors.map((row) => row.supervisor_id),
      programmeLeadId: await programmeLeadForConcerns(this.store.pool, principal.organisationId),
      now: this.clock.now(),
    };
    await this.store.transact((events) => handleCommand(events, concernDecider, concernStreamId(concernId), 'concern', command, metadataFor(principal, principal.organisationId)));
    return concernId;
  }

  async resolve(principal: Principal, concernIdInput: string, resolution: string): Promise<void> {
    const concernId = requireUuid(concernIdInput, 'concernId');
    await this.store.transact((events) =>
      handleCommand(
        events,
        concernDecider,
        concernStreamId(concernId),
        'concern',
        { type: 'ResolveConcern', actorId: principal.personId, resolution, now: this.clock.now() },
        metadataFor(principal, principal.organisationId),
      ),
    );
  }
}
