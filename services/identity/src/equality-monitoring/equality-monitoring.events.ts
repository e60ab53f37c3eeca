import type { DomainEvent } from '@tapestry/eventsourcing';
import type { Ethnicity } from './ethnicity';

/** `organisationId` is the person's employer when they declared: its lawful basis governs whether it is reported. */
export type EthnicityRecorded = DomainEvent<'EthnicityRecorded', { personId: string; organisationId: string; ethnicity: Ethnicity }>;
/** The person objects to (or withdraws their objection to) analysis of their special-category data. */
export type SpecialCategoryObjectionChanged = DomainEvent<
  'SpecialCategoryObjectionChanged',
  { personId: string; organisationId: string; objecting: boolean }
>;

export type EqualityMonitoringEvent = EthnicityRecorded | SpecialCategoryObjectionChanged;
