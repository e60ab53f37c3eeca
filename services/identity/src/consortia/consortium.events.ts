import type { DomainEvent } from '@tapestry/eventsourcing';

export type ConsortiumCreated = DomainEvent<'ConsortiumCreated', { consortiumId: string; name: string }>;
export type ConsortiumMemberAdded = DomainEvent<'ConsortiumMemberAdded', { consortiumId: string; organisationId: string }>;
export type ConsortiumMemberRemoved = DomainEvent<'ConsortiumMemberRemoved', { consortiumId: string; organisationId: string }>;

export type ConsortiumEvent = ConsortiumCreated | ConsortiumMemberAdded | ConsortiumMemberRemoved;
