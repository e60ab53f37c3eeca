import { ignoreUnknownEvent } from '../common';
import type { AccreditationEvent } from './accreditation.events';
import type { AccreditationLevel } from './ladder';

/** The evidence this aggregate keeps itself; `sourceEventIds` are the other contexts' events already counted. */
export interface EvidenceTally {
  cpdHours: number;
  practiceHours: number;
  supervisionHours: number;
  sourceEventIds: string[];
}

export type AccreditationState =
  | { status: 'unaccredited'; tally: EvidenceTally }
  | { status: 'accredited'; level: AccreditationLevel; awardedAt: string; tally: EvidenceTally };

export const initialAccreditationState: AccreditationState = {
  status: 'unaccredited',
  tally: { cpdHours: 0, practiceHours: 0, supervisionHours: 0, sourceEventIds: [] },
};

function evolveTally(tally: EvidenceTally, event: AccreditationEvent): EvidenceTally {
  switch (event.type) {
    case 'CpdRecorded':
      return { ...tally, cpdHours: tally.cpdHours + event.data.hours };
    case 'CoachingHoursRecorded':
      return { ...tally, practiceHours: tally.practiceHours + event.data.hours, sourceEventIds: [...tally.sourceEventIds, event.data.sourceEventId] };
    case 'SupervisionHoursRecorded':
      return { ...tally, supervisionHours: tally.supervisionHours + event.data.hours, sourceEventIds: [...tally.sourceEventIds, event.data.sourceEventId] };
    default:
      return tally;
  }
}

export function evolveAccreditation(state: AccreditationState, event: AccreditationEvent): AccreditationState {
  switch (event.type) {
    case 'CpdRecorded':
    case 'CoachingHoursRecorded':
    case 'SupervisionHoursRecorded':
      return { ...state, tally: evolveTally(state.tally, event) };
    case 'AccreditationAwarded':
      return { status: 'accredited', level: event.data.level, awardedAt: event.data.awardedAt, tally: state.tally };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}

export function currentLevel(state: AccreditationState): AccreditationLevel | null {
  return state.status === 'accredited' ? state.level : null;
}
