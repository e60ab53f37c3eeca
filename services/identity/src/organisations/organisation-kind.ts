import { DomainError } from '@tapestry/eventsourcing';

/** The employers a consortium brings together. */
export const ORGANISATION_KINDS = [
  'nhs_trust',
  'icb',
  'gp_practice',
  'police',
  'fire_and_rescue',
  'local_authority',
  'school',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function requireOrganisationKind(kind: string): OrganisationKind {
  const known = ORGANISATION_KINDS.find((candidate) => candidate === kind);
  if (!known) {
    throw new DomainError('BAD_USER_INPUT', `Unknown organisation kind "${kind}"; use one of ${ORGANISATION_KINDS.join(', ')}.`, {
      field: 'kind',
    });
  }
  return known;
}
