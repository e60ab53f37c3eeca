import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { Programme, RequestPreferences, SupportKind } from '../optimiser/round.types';

/** A request as it was made: who asks, for what, with which goals and preferences. Goals are private. */
export interface RequestDetails {
  requestId: string;
  requesterId: string;
  organisationId: string;
  programme: Programme;
  kind: SupportKind;
  goals: string;
  topics: string[];
  preferences: RequestPreferences;
  requestedAt: string;
}

export type RequestEvent =
  | { type: 'SupportRequested'; data: RequestDetails }
  | { type: 'RequestWithdrawn'; data: { requestId: string; requesterId: string; organisationId: string; programme: Programme; withdrawnAt: string } }
  | { type: 'RequestMatched'; data: { requestId: string; relationshipId: string; coachId: string } }
  | { type: 'RequestReopened'; data: { requestId: string; relationshipId: string; declinedCoachId: string } }
  | { type: 'RequestFulfilled'; data: { requestId: string; relationshipId: string } };

export type RequestState =
  | { status: 'absent' }
  | { status: 'open'; details: RequestDetails; declinedCoachIds: string[] }
  | { status: 'matched'; details: RequestDetails; declinedCoachIds: string[]; relationshipId: string; coachId: string }
  | { status: 'withdrawn'; details: RequestDetails }
  | { status: 'fulfilled'; details: RequestDetails; relationshipId: string };

export type RequestCommand =
  | { type: 'RequestSupport'; details: RequestDetails }
  | { type: 'WithdrawRequest'; requestId: string; now: Date }
  | { type: 'MatchRequest'; requestId: string; relationshipId: string; coachId: string }
  | { type: 'ReopenRequest'; requestId: string; relationshipId: string }
  | { type: 'FulfilRequest'; requestId: string; relationshipId: string };

function existing(state: RequestState, requestId: string): Exclude<RequestState, { status: 'absent' }> {
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', `Request ${requestId} does not exist.`, { requestId });
  return state;
}

function decideRequest(command: RequestCommand, state: RequestState): RequestEvent[] {
  switch (command.type) {
    case 'RequestSupport':
      if (state.status !== 'absent') throw new DomainError('CONFLICT', `Request ${command.details.requestId} already exists.`);
      return [{ type: 'SupportRequested', data: command.details }];
    case 'WithdrawRequest': {
      const request = existing(state, command.requestId);
      if (request.status === 'withdrawn') throw new DomainError('REQUEST_CLOSED', 'This request has already been withdrawn.');
      if (request.status !== 'open') {
        throw new DomainError(
          'REQUEST_MATCHED',
          'This request has already been matched: decline or close the relationship instead of withdrawing the request.',
          { requestId: command.requestId },
        );
      }
      const { requesterId, organisationId, programme } = request.details;
      return [{ type: 'RequestWithdrawn', data: { requestId: command.requestId, requesterId, organisationId, programme, withdrawnAt: command.now.toISOString() } }];
    }
    case 'MatchRequest': {
      const request = existing(state, command.requestId);
      if (request.status !== 'open') {
        throw new DomainError('REQUEST_NOT_OPEN', 'This request is no longer open (withdrawn or already matched); re-run the round.', {
          requestId: command.requestId,
        });
      }
      if (request.declinedCoachIds.includes(command.coachId)) {
        throw new DomainError('DECLINED_BEFORE', 'This pair declined each other before and cannot be proposed again.', { requestId: command.requestId });
      }
      return [{ type: 'RequestMatched', data: { requestId: command.requestId, relationshipId: command.relationshipId, coachId: command.coachId } }];
    }
    case 'ReopenRequest': {
      const request = existing(state, command.requestId);
      if (request.status !== 'matched' || request.relationshipId !== command.relationshipId) return [];
      return [{ type: 'RequestReopened', data: { requestId: command.requestId, relationshipId: command.relationshipId, declinedCoachId: request.coachId } }];
    }
    case 'FulfilRequest': {
      const request = existing(state, command.requestId);
      if (request.status !== 'matched' || request.relationshipId !== command.relationshipId) return [];
      return [{ type: 'RequestFulfilled', data: { requestId: command.requestId, relationshipId: command.relationshipId } }];
    }
    default:
      return assertNever(command);
  }
}

function evolveRequest(state: RequestState, event: RequestEvent): RequestState {
  switch (event.type) {
    case 'SupportRequested':
      return { status: 'open', details: event.data, declinedCoachIds: [] };
    case 'RequestWithdrawn':
      return state.status === 'absent' ? state : { status: 'withdrawn', details: state.details };
    case 'RequestMatched':
      return state.status === 'open' ? { ...state, status: 'matched', relationshipId: event.data.relationshipId, coachId: event.data.coachId } : state;
    case 'RequestReopened':
      return state.status === 'matched'
        ? { status: 'open', details: state.details, declinedCoachIds: [...state.declinedCoachIds, event.data.declinedCoachId] }
        : state;
    case 'RequestFulfilled':
      return state.status === 'matched' ? { status: 'fulfilled', details: state.details, relationshipId: event.data.relationshipId } : state;
    default:
      return assertNever(event);
  }
}

/** One person's request for a coach or mentor in a programme, from asking to being matched (or withdrawing). */
export const requestDecider: Decider<RequestCommand, RequestEvent, RequestState> = {
  decide: decideRequest,
  evolve: evolveRequest,
  initialState: { status: 'absent' },
};

export const requestStreamId = (requestId: string): string => `request-${requestId}`;
