import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, foldStream, handleCommand } from '@tapestry/eventsourcing';
import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { validProgramme } from '../common';
import { findPerson, hasCoachingRelease } from '../directory/directory.queries';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import type { SupportKind } from '../optimiser/round.types';
import { policyFor } from '../policy/programme-policy.projection';
import { requestDecider, requestStreamId, type RequestState } from './request.decider';
import { validGoals, validPreferences, validTopics, type PreferencesInput } from './request.rules';
import { requestSlotDecider, requestSlotStreamId } from './request-slot.decider';

export interface RequestSupportInput {
  programme: string;
  kind: SupportKind;
  goals: string;
  topics?: string[] | null;
  preferences?: PreferencesInput | null;
}

/** Asking for a coach or mentor, and withdrawing the request. */
@Injectable()
export class RequestCommands {
  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  async requestSupport(principal: Principal, input: RequestSupportInput): Promise<string> {
    const programme = validProgramme(input.programme);
    const goals = validGoals(input.goals);
    const topics = validTopics(input.topics);
    const preferences = validPreferences(input.preferences);
    const now = this.clock.now();
    const requester = await findPerson(this.store.pool, principal.personId);
    if (!requester || requester.status !== 'active') {
      throw new DomainError('NOT_FOUND', 'Matching has not heard of you from your organisation yet; try again in a few minutes.');
    }
    const policy = await policyFor(this.store.pool, requester.organisationId, programme);
    if (!policy.offered) {
      throw new DomainError('PROGRAMME_NOT_OFFERED', 'Your organisation does not run this programme; choose another or ask your programme lead.', { programme });
    }
    if (policy.releaseRequired && !(await hasCoachingRelease(this.store.pool, requester.personId, programme, now))) {
      throw new DomainError(
        'RELEASE_REQUIRED',
        "Your organisation asks for your line manager's release before you are matched: request it under Training, then ask again once they agree.",
        { programme },
      );
    }
    const requestId = randomUUID();
    const metadata = metadataFor(principal, requester.organisationId);
    await this.store.transact(async (events) => {
      // A request sent twice at once: the second re-decides on the slot the first took and gets DUPLICATE_REQUEST.
      await handleCommand(events, requestSlotDecider, requestSlotStreamId(requester.personId, programme), 'request_slot', { type: 'TakeRequestSlot', requestId }, metadata, {
        retryOnConflict: true,
      });
      await handleCommand(
        events,
        requestDecider,
        requestStreamId(requestId),
        'request',
        {
          type: 'RequestSupport',
          details: {
            requestId,
            requesterId: requester.personId,
            organisationId: requester.organisationId,
            programme,
            kind: input.kind,
            goals,
            topics,
            preferences,
            requestedAt: now.toISOString(),
          },
        },
        metadata,
      );
    });
    return requestId;
  }

  async withdrawRequest(principal: Principal, requestIdInput: string): Promise<void> {
    const requestId = requireUuid(requestIdInput, 'requestId');
    const state = await this.load(requestId);
    if (state.status === 'absent' || state.details.requesterId !== principal.personId) {
      throw new DomainError('NOT_FOUND', `You have no request ${requestId}.`, { requestId });
    }
    const { details } = state;
    const metadata = metadataFor(principal, details.organisationId);
    await this.store.transact(async (events) => {
      await handleCommand(events, requestDecider, requestStreamId(requestId), 'request', { type: 'WithdrawRequest', requestId, now: this.clock.now() }, metadata);
      await handleCommand(
        events,
        requestSlotDecider,
        requestSlotStreamId(details.requesterId, details.programme),
        'request_slot',
        { type: 'FreeRequestSlot', requestId },
        metadata,
      );
    });
  }

  private async load(requestId: string): Promise<RequestState> {
    return foldStream(requestDecider, await this.store.events.readStream(requestStreamId(requestId))).state;
  }
}
