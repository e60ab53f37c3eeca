import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { handleCommand } from '@tapestry/eventsourcing';
import { londonDateOf } from '@tapestry/domain';
import { metadataFor } from '@tapestry/nest-kit';
import { SupervisionClock } from '../infrastructure/supervision-clock';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { wellbeingDecider, wellbeingStreamId } from './wellbeing.decider';

/** A coach checks in on their own wellbeing: five statements scored 1 to 5, and words for their supervisor. */
@Injectable()
export class WellbeingCommands {
  constructor(
    private readonly store: SupervisionStore,
    private readonly clock: SupervisionClock,
  ) {}

  async record(principal: Principal, scores: Partial<Record<string, number>>, text: string | null): Promise<string> {
    const checkInId = randomUUID();
    const now = this.clock.now();
    await this.store.transact((events) =>
      handleCommand(
        events,
        wellbeingDecider,
        wellbeingStreamId(principal.personId),
        'wellbeing',
        { type: 'RecordWellbeingCheckIn', checkInId, coachId: principal.personId, actorId: principal.personId, scores, text, today: londonDateOf(now), now },
        metadataFor(principal, principal.organisationId),
        { retryOnConflict: true },
      ),
    );
    return checkInId;
  }
}
