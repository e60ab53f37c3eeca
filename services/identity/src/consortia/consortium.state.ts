import { ignoreUnknownEvent } from '../common';
import type { ConsortiumEvent } from './consortium.events';

export type ConsortiumState =
  | { status: 'absent' }
  | { status: 'active'; consortiumId: string; name: string; memberIds: string[] };

export const initialConsortiumState: ConsortiumState = { status: 'absent' };

export function evolveConsortium(state: ConsortiumState, event: ConsortiumEvent): ConsortiumState {
  switch (event.type) {
    case 'ConsortiumCreated':
      return { status: 'active', consortiumId: event.data.consortiumId, name: event.data.name, memberIds: [] };
    case 'ConsortiumMemberAdded':
      if (state.status !== 'active') return state;
      return { ...state, memberIds: [...state.memberIds, event.data.organisationId] };
    case 'ConsortiumMemberRemoved':
      if (state.status !== 'active') return state;
      return { ...state, memberIds: state.memberIds.filter((id) => id !== event.data.organisationId) };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
