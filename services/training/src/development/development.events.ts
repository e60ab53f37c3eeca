import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';
import type { Competency } from './competencies';

export interface CompetencyRating {
  competency: Competency;
  rating: number;
  feedback: string;
}

/** Feedback is for the coach and their assessors only: it stays in this service and is never published. */
export type DevelopmentAssessmentRecorded = DomainEvent<
  'DevelopmentAssessmentRecorded',
  {
    personId: string;
    assessmentId: string;
    assessedOn: CalendarDate;
    recordingRef: string;
    assessors: string[];
    ratings: CompetencyRating[];
    averageRating: number;
    /** Twelve months after the assessment. */
    repeatDueOn: CalendarDate;
    recordedAt: string;
  }
>;
export type DevelopmentPlanItemAdded = DomainEvent<
  'DevelopmentPlanItemAdded',
  { personId: string; itemId: string; competency: Competency; action: string; targetDate: CalendarDate; addedAt: string }
>;
export type DevelopmentPlanItemCompleted = DomainEvent<'DevelopmentPlanItemCompleted', { personId: string; itemId: string; completedAt: string }>;
/** Membership of an action learning set lasts a year. */
export type ActionLearningSetJoined = DomainEvent<
  'ActionLearningSetJoined',
  { personId: string; setId: string; joinedOn: CalendarDate; endsOn: CalendarDate }
>;

export type DevelopmentEvent = DevelopmentAssessmentRecorded | DevelopmentPlanItemAdded | DevelopmentPlanItemCompleted | ActionLearningSetJoined;
