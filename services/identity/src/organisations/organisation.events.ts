import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';
import type { OrganisationKind } from './organisation-kind';

export type OrganisationCreated = DomainEvent<
  'OrganisationCreated',
  { organisationId: string; name: string; kind: OrganisationKind; odsCode: string | null }
>;
export type SiteAdded = DomainEvent<'SiteAdded', { organisationId: string; siteId: string; name: string }>;
export type DirectorateAdded = DomainEvent<'DirectorateAdded', { organisationId: string; directorateId: string; name: string }>;

/** The organisation's condition for processing its staff's ethnicity (special-category data); replaces any earlier one. */
export type LawfulBasisRecorded = DomainEvent<
  'LawfulBasisRecorded',
  { organisationId: string; basis: string; recordedBy: string; recordedOn: CalendarDate }
>;
export type LawfulBasisWithdrawn = DomainEvent<'LawfulBasisWithdrawn', { organisationId: string; withdrawnBy: string }>;

export type OrganisationEvent = OrganisationCreated | SiteAdded | DirectorateAdded | LawfulBasisRecorded | LawfulBasisWithdrawn;
