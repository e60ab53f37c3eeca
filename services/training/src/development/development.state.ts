import type { CalendarDate } from '../common';
import { ignoreUnknownEvent } from '../common';
import type { Competency } from './competencies';
import type { DevelopmentEvent } from './development.events';

export interface AssessmentSummary {
  assessmentId: string;
  assessedOn: CalendarDate;
  averageRating: number;
  repeatDueOn: CalendarDate;
}

export interface PlanItem {
  itemId: string;
  competency: Competency;
  targetDate: CalendarDate;
  completed: boolean;
}

export interface ActionLearningMembership {
  setId: string;
  joinedOn: CalendarDate;
  endsOn: CalendarDate;
}

export type DevelopmentState =
  | { status: 'not_assessed' }
  | { status: 'assessed'; latest: AssessmentSummary; assessmentIds: string[]; plan: PlanItem[]; actionLearning: ActionLearningMembership | null };

export const initialDevelopmentState: DevelopmentState = { status: 'not_assessed' };

export function evolveDevelopment(state: DevelopmentState, event: DevelopmentEvent): DevelopmentState {
  switch (event.type) {
    case 'DevelopmentAssessmentRecorded': {
      const { assessmentId, assessedOn, averageRating, repeatDueOn } = event.data;
      const summary = { assessmentId, assessedOn, averageRating, repeatDueOn };
      if (state.status === 'not_assessed') return { status: 'assessed', latest: summary, assessmentIds: [assessmentId], plan: [], actionLearning: null };
      // An assessment recorded late, after a newer one, joins the record without becoming the latest.
      const latest = assessedOn >= state.latest.assessedOn ? summary : state.latest;
      return { ...state, latest, assessmentIds: [...state.assessmentIds, assessmentId] };
    }
    case 'DevelopmentPlanItemAdded': {
      if (state.status !== 'assessed') return state;
      const { itemId, competency, targetDate } = event.data;
      return { ...state, plan: [...state.plan, { itemId, competency, targetDate, completed: false }] };
    }
    case 'DevelopmentPlanItemCompleted':
      if (state.status !== 'assessed') return state;
      return { ...state, plan: state.plan.map((item) => (item.itemId === event.data.itemId ? { ...item, completed: true } : item)) };
    case 'ActionLearningSetJoined': {
      if (state.status !== 'assessed') return state;
      const { setId, joinedOn, endsOn } = event.data;
      return { ...state, actionLearning: { setId, joinedOn, endsOn } };
    }
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}

/** When the next assessment is due and whether it is overdue on `today`; null before the first assessment. */
export function repeatAssessment(state: DevelopmentState, today: CalendarDate): { dueOn: CalendarDate; overdue: boolean } | null {
  if (state.status === 'not_assessed') return null;
  return { dueOn: state.latest.repeatDueOn, overdue: today > state.latest.repeatDueOn };
}
