import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { handleCommand } from '@tapestry/eventsourcing';
import { londonDateOf } from '@tapestry/domain';
import { metadataFor } from '@tapestry/nest-kit';
import { currentSuperviseesOf } from '../access/supervision-access';
import type { SupervisionFormat } from '../arrangements/arrangement.events';
import { SupervisionClock } from '../infrastructure/supervision-clock';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { supervisionSessionDecider, supervisionSessionStreamId } from './supervision-session.decider';

export interface SupervisionSessionInput {
  format: SupervisionFormat;
  superviseeIds: string[];
  heldOn: string;
  minutes: number;
  themes?: string[] | null;
  agreedActions?: string[] | null;
  privateNotes?: string | null;
}

/** A supervisor logs a session held with one or more of the coaches they supervise. */
@Injectable()
export class SupervisionSessionCommands {
  constructor(
    private readonly store: SupervisionStore,
    private readonly clock: SupervisionClock,
  ) {}

  async log(principal: Principal, input: SupervisionSessionInput): Promise<string> {
    const sessionId = randomUUID();
    const now = this.clock.now();
    const currentSupervisees = await currentSuperviseesOf(this.store.pool, principal.personId);
    await this.store.transact((events) =>
      handleCommand(
        events,
        supervisionSessionDecider,
        supervisionSessionStreamId(sessionId),
        'supervision_session',
        {
          type: 'LogSupervisionSession',
          sessionId,
          supervisorId: principal.personId,
          format: input.format,
          superviseeIds: input.superviseeIds,
          heldOn: input.heldOn,
          minutes: input.minutes,
          themes: input.themes ?? [],
          agreedActions: input.agreedActions ?? [],
          privateNotes: input.privateNotes ?? null,
          currentSupervisees,
          today: londonDateOf(now),
          now,
        },
        metadataFor(principal, principal.organisationId),
      ),
    );
    return sessionId;
  }
}
