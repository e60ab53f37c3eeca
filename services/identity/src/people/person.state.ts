import { ignoreUnknownEvent } from '../common';
import type { CalendarDate } from '../common';
import type { PersonEvent, PersonProfile } from './person.events';

export type PersonState =
  | { status: 'absent' }
  | { status: 'active'; personId: string; profile: PersonProfile }
  | { status: 'left'; personId: string; profile: PersonProfile; leavingDate: CalendarDate };

export const initialPersonState: PersonState = { status: 'absent' };

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonRegistered': {
      const { personId, ...profile } = event.data;
      return { status: 'active', personId, profile };
    }
    case 'PersonDetailsUpdated':
      if (state.status !== 'active') return state;
      return { ...state, profile: { ...state.profile, ...event.data.changes } };
    case 'PersonMoved':
      if (state.status !== 'active') return state;
      return { ...state, profile: { ...state.profile, ...event.data.to } };
    case 'PersonLeft':
      if (state.status !== 'active') return state;
      return { status: 'left', personId: state.personId, profile: state.profile, leavingDate: event.data.leavingDate };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
