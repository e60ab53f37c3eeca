import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, foldStream, handleCommand } from '@tapestry/eventsourcing';
import { londonDateOf } from '@tapestry/domain';
import { metadataFor, optionalText, requireUuid } from '@tapestry/nest-kit';
import { findPerson, type DirectoryPerson } from '@tapestry/people-directory';
import { holdsOver, requireArranger, shareAConsortium } from '../access/supervision-access';
import { SupervisionClock } from '../infrastructure/supervision-clock';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { arrangementDecider, arrangementStreamId, type ArrangementState, type SupervisorFacts } from './arrangement.decider';
import type { SupervisionFormat } from './arrangement.events';

/** Assigning, ending and handing over supervision, by a lead or admin over the coach's organisation. */
@Injectable()
export class ArrangementCommands {
  constructor(
    private readonly store: SupervisionStore,
    private readonly clock: SupervisionClock,
  ) {}

  private async person(personIdInput: string, field: string): Promise<DirectoryPerson> {
    const person = await findPerson(this.store.pool, requireUuid(personIdInput, field));
    if (!person || person.status !== 'active') throw new DomainError('NOT_FOUND', `Supervision has not heard of person ${personIdInput}.`, { field });
    return person;
  }

  /** The coach and the supervisor to be, once the principal may arrange it and the supervisor holds the role. */
  private async arrangement(principal: Principal, coachIdInput: string, supervisorIdInput: string, field: string): Promise<{ coach: DirectoryPerson; supervisor: SupervisorFacts }> {
    const coach = await this.person(coachIdInput, 'coachId');
    const supervisor = await this.person(supervisorIdInput, field);
    await requireArranger(this.store.pool, principal, coach.organisationId);
    if (!supervisor.roles.some((grant) => grant.role === 'supervisor')) {
      throw new DomainError('NOT_A_SUPERVISOR', `${supervisor.displayName} does not hold the supervisor role; an organisation admin can grant it.`);
    }
    const sharedAcrossOrganisations = await shareAConsortium(this.store.pool, coach.organisationId, supervisor.organisationId);
    return { coach, supervisor: { supervisorId: supervisor.personId, supervisorOrganisationId: supervisor.organisationId, sharedAcrossOrganisations } };
  }

  async assign(principal: Principal, coachIdInput: string, supervisorIdInput: string, format: SupervisionFormat): Promise<void> {
    const { coach, supervisor } = await this.arrangement(principal, coachIdInput, supervisorIdInput, 'supervisorId');
    await this.store.transact((events) =>
      handleCommand(
        events,
        arrangementDecider,
        arrangementStreamId(coach.personId),
        'supervision_arrangement',
        {
          type: 'AssignSupervisor',
          coach: { coachId: coach.personId, coachOrganisationId: coach.organisationId },
          format,
          actorId: principal.personId,
          today: londonDateOf(this.clock.now()),
          ...supervisor,
        },
        metadataFor(principal, coach.organisationId),
        { retryOnConflict: true },
      ),
    );
  }

  async handOver(principal: Principal, coachIdInput: string, fromSupervisorIdInput: string, toSupervisorIdInput: string): Promise<void> {
    const fromSupervisorId = requireUuid(fromSupervisorIdInput, 'fromSupervisorId');
    const { coach, supervisor: to } = await this.arrangement(principal, coachIdInput, toSupervisorIdInput, 'toSupervisorId');
    await this.store.transact((events) =>
      handleCommand(
        events,
        arrangementDecider,
        arrangementStreamId(coach.personId),
        'supervision_arrangement',
        {
          type: 'HandOverSupervision',
          coachId: coach.personId,
          fromSupervisorId,
          to,
          actorId: principal.personId,
          today: londonDateOf(this.clock.now()),
        },
        metadataFor(principal, coach.organisationId),
        { retryOnConflict: true },
      ),
    );
  }

  async end(principal: Principal, coachIdInput: string, supervisorIdInput: string, reasonInput: string | null): Promise<void> {
    const coachId = requireUuid(coachIdInput, 'coachId');
    const supervisorId = requireUuid(supervisorIdInput, 'supervisorId');
    const state: ArrangementState = foldStream(arrangementDecider, await this.store.events.readStream(arrangementStreamId(coachId))).state;
    if (state.status === 'absent') throw new DomainError('NOT_FOUND', 'This coach has no supervision to end.', { coachId });
    const { coachOrganisationId } = state.coach;
    const mayEnd = principal.personId === supervisorId || (await holdsOver(this.store.pool, principal, ['programme_lead', 'organisation_admin'], coachOrganisationId));
    if (!mayEnd) throw new DomainError('FORBIDDEN', 'Only the supervisor, or a lead or admin for the coach’s organisation, can end this supervision.');
    const reason = optionalText(reasonInput, 'Reason', 1000);
    await this.store.transact((events) =>
      handleCommand(
        events,
        arrangementDecider,
        arrangementStreamId(coachId),
        'supervision_arrangement',
        { type: 'EndSupervision', coachId, supervisorId, reason, actorId: principal.personId, today: londonDateOf(this.clock.now()) },
        metadataFor(principal, coachOrganisationId),
        { retryOnConflict: true },
      ),
    );
  }
}
