export { decideOrganisation, organisationDecider } from './organisation.decider';
export type { AddDirectorate, AddSite, CreateOrganisation, OrganisationCommand } from './organisation.decider';
export type { DirectorateAdded, OrganisationCreated, OrganisationEvent, SiteAdded } from './organisation.events';
export { evolveOrganisation, initialOrganisationState } from './organisation.state';
export type { NamedPlace, OrganisationState } from './organisation.state';
export { ORGANISATION_KINDS } from './organisation-kind';
export type { OrganisationKind } from './organisation-kind';
export { normaliseOdsCode } from './ods-code';
