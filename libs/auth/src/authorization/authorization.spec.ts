import { AuthError } from '../errors/auth-error';
import type { Principal } from '../principal/principal';
import {
  assertAllowed,
  belongsTo,
  hasConsortiumRole,
  hasOrganisationRole,
  hasRole,
  isConsortiumAdmin,
  isOrganisationAdmin,
  isSelf,
  requireAuthenticated,
  scopesWithRole,
} from './authorization';

const lead: Principal = {
  personId: 'p-1',
  organisationId: 'org-a',
  email: 'lead@example.nhs.uk',
  roles: [
    { role: 'programme_lead', scope: { kind: 'organisation', id: 'org-a' } },
    { role: 'programme_lead', scope: { kind: 'organisation', id: 'org-b' } },
    { role: 'organisation_admin', scope: { kind: 'organisation', id: 'org-a' } },
    { role: 'consortium_admin', scope: { kind: 'consortium', id: 'cons-1' } },
  ],
};

describe('authorization', () => {
  it('answers hasRole anywhere and in an exact scope', () => {
    expect(hasRole(lead, 'programme_lead')).toBe(true);
    expect(hasRole(lead, 'coach')).toBe(false);
    expect(hasRole(lead, 'programme_lead', { kind: 'organisation', id: 'org-b' })).toBe(true);
    expect(hasRole(lead, 'programme_lead', { kind: 'organisation', id: 'org-c' })).toBe(false);
    // Same id, different kind of scope: not the same grant.
    expect(hasRole(lead, 'consortium_admin', { kind: 'organisation', id: 'cons-1' })).toBe(false);
  });

  it('knows admins by their scope only', () => {
    expect(isOrganisationAdmin(lead, 'org-a')).toBe(true);
    expect(isOrganisationAdmin(lead, 'org-b')).toBe(false);
    expect(isConsortiumAdmin(lead, 'cons-1')).toBe(true);
    expect(isConsortiumAdmin(lead, 'cons-2')).toBe(false);
    expect(hasOrganisationRole(lead, 'consortium_admin', 'cons-1')).toBe(false);
    expect(hasConsortiumRole(lead, 'consortium_admin', 'cons-1')).toBe(true);
  });

  it('lists the scopes a role is held in', () => {
    expect(scopesWithRole(lead, 'programme_lead')).toEqual([
      { kind: 'organisation', id: 'org-a' },
      { kind: 'organisation', id: 'org-b' },
    ]);
    expect(scopesWithRole(lead, 'analyst')).toEqual([]);
  });

  it('recognises the person themselves and their employer', () => {
    expect(isSelf(lead, 'p-1')).toBe(true);
    expect(isSelf(lead, 'p-2')).toBe(false);
    expect(belongsTo(lead, 'org-a')).toBe(true);
    expect(belongsTo(lead, 'org-b')).toBe(false);
  });

  it('requires a principal', () => {
    expect(requireAuthenticated(lead)).toBe(lead);
    expect(() => requireAuthenticated(null)).toThrow(AuthError);
    expect(() => requireAuthenticated(undefined)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }) as Error);
  });

  it('refuses as FORBIDDEN with the action named', () => {
    expect(() => assertAllowed(true, 'read this')).not.toThrow();
    let caught: unknown;
    try {
      assertAllowed(false, "read another organisation's people");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AuthError);
    expect(caught).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403, message: "You may not read another organisation's people." });
  });
});
