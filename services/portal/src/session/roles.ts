/** The roles identity grants, as GraphQL names them. */
export type Role =
  | 'STAFF'
  | 'COACH'
  | 'MENTOR'
  | 'LINE_MANAGER'
  | 'PROGRAMME_LEAD'
  | 'SUPERVISOR'
  | 'ANALYST'
  | 'ORGANISATION_ADMIN'
  | 'CONSORTIUM_ADMIN';

export interface RoleGrant {
  role: Role;
  scopeKind: 'ORGANISATION' | 'CONSORTIUM';
  scopeId: string;
}

/** The signed-in person, as the portal keeps them for the session. */
export interface SignedInPerson {
  id: string;
  organisationId: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  roles: RoleGrant[];
}

export const hasRole = (person: SignedInPerson, ...roles: Role[]): boolean => person.roles.some((grant) => roles.includes(grant.role));

/** The scopes (organisation or consortium ids) in which the person holds any of the roles. */
export const scopesOf = (person: SignedInPerson, ...roles: Role[]): RoleGrant[] => person.roles.filter((grant) => roles.includes(grant.role));
