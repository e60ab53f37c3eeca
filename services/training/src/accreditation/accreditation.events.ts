import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';
import type { AccreditationLevel } from './ladder';
import type { AccreditationEvidence } from './progress';

export type CpdRecorded = DomainEvent<
  'CpdRecorded',
  { personId: string; cpdId: string; hours: number; date: CalendarDate; description: string; recordedAt: string }
>;
export type CoachingHoursRecorded = DomainEvent<
  'CoachingHoursRecorded',
  { personId: string; sourceEventId: string; practice: 'coaching' | 'mentoring'; hours: number; sessionDate: CalendarDate }
>;
export type SupervisionHoursRecorded = DomainEvent<
  'SupervisionHoursRecorded',
  { personId: string; sourceEventId: string; hours: number; sessionDate: CalendarDate }
>;
/** `evidence` is what the award was judged on, kept so the decision can be explained later. */
export type AccreditationAwarded = DomainEvent<
  'AccreditationAwarded',
  { personId: string; organisationId: string; level: AccreditationLevel; awardedBy: string; awardedAt: string; evidence: AccreditationEvidence }
>;

export type AccreditationEvent = CpdRecorded | CoachingHoursRecorded | SupervisionHoursRecorded | AccreditationAwarded;
