import { accountProjection } from '../accounts/account.projection';
import { consortiumProjection } from '../consortia/consortium.projection';
import { lawfulBasisProjection } from '../organisations/lawful-basis.projection';
import { organisationProjection } from '../organisations/organisation.projection';
import { personProjection } from '../people/person.projection';
import { roleProjection } from '../roles/role.projection';
import type { ReadModelProjection } from '@tapestry/eventsourcing';

export const IDENTITY_PROJECTIONS: readonly ReadModelProjection[] = [
  organisationProjection,
  lawfulBasisProjection,
  consortiumProjection,
  personProjection,
  roleProjection,
  accountProjection,
];
