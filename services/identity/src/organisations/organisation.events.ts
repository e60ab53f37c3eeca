import type { DomainEvent } from '@tapestry/eventsourcing';
import type { OrganisationKind } from './organisation-kind';

export type OrganisationCreated = DomainEvent<
  'OrganisationCreated',
  { organisationId: string; name: string; kind: OrganisationKind; odsCode: string | null }
>;
export type SiteAdded = DomainEvent<'SiteAdded', { organisationId: string; siteId: string; name: string }>;
export type DirectorateAdded = DomainEvent<'DirectorateAdded', { organisationId: string; directorateId: string; name: string }>;

export type OrganisationEvent = OrganisationCreated | SiteAdded | DirectorateAdded;
