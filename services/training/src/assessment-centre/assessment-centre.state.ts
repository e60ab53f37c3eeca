import type { CalendarDate } from '../common';
import { ignoreUnknownEvent } from '../common';
import type { AssessmentCentreEvent, CandidateOutcome } from './assessment-centre.events';

export type AssessmentCentreState =
  | { status: 'absent' }
  | {
      status: 'planned';
      centreId: string;
      organisationId: string;
      date: CalendarDate;
      assessors: string[];
      /** Each candidate's outcome, null until recorded. */
      candidates: Record<string, CandidateOutcome | null>;
    };

export const initialAssessmentCentreState: AssessmentCentreState = { status: 'absent' };

export function evolveAssessmentCentre(state: AssessmentCentreState, event: AssessmentCentreEvent): AssessmentCentreState {
  switch (event.type) {
    case 'AssessmentCentrePlanned': {
      const { centreId, organisationId, date, assessors } = event.data;
      return { status: 'planned', centreId, organisationId, date, assessors, candidates: {} };
    }
    case 'CandidateAdded':
      if (state.status !== 'planned') return state;
      return { ...state, candidates: { ...state.candidates, [event.data.personId]: null } };
    case 'CandidateOutcomeRecorded':
      if (state.status !== 'planned') return state;
      return { ...state, candidates: { ...state.candidates, [event.data.personId]: event.data.outcome } };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
