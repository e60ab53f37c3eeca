export const ROLES = [
  'staff',
  'coach',
  'mentor',
  'line_manager',
  'programme_lead',
  'supervisor',
  'analyst',
  'organisation_admin',
  'consortium_admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleScope {
  kind: 'organisation' | 'consortium';
  id: string;
}

export interface RoleGrant {
  role: Role;
  scope: RoleScope;
}

/** The authenticated caller, as every service sees it. */
export interface Principal {
  personId: string;
  /** The organisation the person is employed by. */
  organisationId: string;
  email: string;
  roles: RoleGrant[];
}
