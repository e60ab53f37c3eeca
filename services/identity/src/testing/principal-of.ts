import type { Principal, Role } from '@tapestry/auth';
import type { Person } from '../people/person.graphql-types';

/** The principal the gateway would forward for `person` once signed in: their own id, organisation and role grants. */
export function principalOf(person: Person): Principal {
  return {
    personId: person.id,
    organisationId: person.organisationId,
    email: person.email,
    roles: person.roles.map((grant) => ({ role: grant.role as string as Role, scope: { kind: grant.scopeKind, id: grant.scopeId } })),
  };
}
