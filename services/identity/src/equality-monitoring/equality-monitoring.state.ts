import { ignoreUnknownEvent } from '../common';
import type { EqualityMonitoringEvent } from './equality-monitoring.events';
import type { Ethnicity } from './ethnicity';

/**
 * One person's equality-monitoring record, a stream of its own so that special-category data never mixes with the
 * staff record that admins, leads and line managers read.
 */
export type EqualityMonitoringState =
  | { status: 'none' }
  | { status: 'recorded'; personId: string; ethnicity: Ethnicity | null; objecting: boolean };

export const initialEqualityMonitoringState: EqualityMonitoringState = { status: 'none' };

/** What the person has said so far: nothing recorded reads as no ethnicity and no objection. */
export function declarationOf(state: EqualityMonitoringState): { ethnicity: Ethnicity | null; objecting: boolean } {
  return state.status === 'recorded' ? { ethnicity: state.ethnicity, objecting: state.objecting } : { ethnicity: null, objecting: false };
}

export function evolveEqualityMonitoring(state: EqualityMonitoringState, event: EqualityMonitoringEvent): EqualityMonitoringState {
  const current = declarationOf(state);
  switch (event.type) {
    case 'EthnicityRecorded':
      return { status: 'recorded', personId: event.data.personId, ethnicity: event.data.ethnicity, objecting: current.objecting };
    case 'SpecialCategoryObjectionChanged':
      return { status: 'recorded', personId: event.data.personId, ethnicity: current.ethnicity, objecting: event.data.objecting };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
