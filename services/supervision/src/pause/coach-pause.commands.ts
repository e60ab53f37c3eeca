import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, handleCommand } from '@tapestry/eventsourcing';
import { londonDateOf } from '@tapestry/domain';
import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { findPerson } from '@tapestry/people-directory';
import { supervises } from '../access/supervision-access';
import { SupervisionClock } from '../infrastructure/supervision-clock';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { pauseDecider, pauseStreamId, type PauseCommand } from './pause.decider';

type ByTheSupervisor = Omit<Extract<PauseCommand, { type: 'PauseCoach' }>, 'type' | 'reason'>;

/** A coach's supervisor pauses them (matching stops proposing them, training shows them ineligible) and resumes them. */
@Injectable()
export class PauseCommands {
  constructor(
    private readonly store: SupervisionStore,
    private readonly clock: SupervisionClock,
  ) {}

  private async run(principal: Principal, coachIdInput: string, commandFor: (by: ByTheSupervisor) => PauseCommand): Promise<void> {
    const coachId = requireUuid(coachIdInput, 'coachId');
    const coach = await findPerson(this.store.pool, coachId);
    if (!coach) throw new DomainError('NOT_FOUND', `Supervision has not heard of coach ${coachId}.`, { coachId });
    const now = this.clock.now();
    const by: ByTheSupervisor = {
      coachId,
      organisationId: coach.organisationId,
      actorId: principal.personId,
      actorSupervisesCoach: await supervises(this.store.pool, principal.personId, coachId),
      today: londonDateOf(now),
      now,
    };
    await this.store.transact((events) => handleCommand(events, pauseDecider, pauseStreamId(coachId), 'coach_pause', commandFor(by), metadataFor(principal, coach.organisationId)));
  }

  pause(principal: Principal, coachId: string, reason: string): Promise<void> {
    return this.run(principal, coachId, (by) => ({ type: 'PauseCoach', reason, ...by }));
  }

  resume(principal: Principal, coachId: string, note: string | null): Promise<void> {
    return this.run(principal, coachId, (by) => ({ type: 'ResumeCoach', note, ...by }));
  }
}
