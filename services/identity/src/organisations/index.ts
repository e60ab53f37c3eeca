export { decideOrganisation, organisationDecider } from './organisation.decider';
export type {
  AddDirectorate,
  AddSite,
  CreateOrganisation,
  OrganisationCommand,
  RecordLawfulBasis,
  WithdrawLawfulBasis,
} from './organisation.decider';
export type {
  DirectorateAdded,
  LawfulBasisRecorded,
  LawfulBasisWithdrawn,
  OrganisationCreated,
  OrganisationEvent,
  SiteAdded,
} from './organisation.events';
export { evolveOrganisation, initialOrganisationState } from './organisation.state';
export type { LawfulBasis, NamedPlace, OrganisationState } from './organisation.state';
export { LAWFUL_BASIS_MAX_LENGTH, LAWFUL_BASIS_MIN_LENGTH, validLawfulBasis } from './lawful-basis';
export { ORGANISATION_KINDS } from './organisation-kind';
export type { OrganisationKind } from './organisation-kind';
export { normaliseOdsCode } from './ods-code';
