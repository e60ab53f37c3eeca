import { grantableRoles, grantScopes, rolesIn } from './admin-scopes';

const trust = { id: 'trust', name: 'Riverside Trust' };
const police = { id: 'police', name: 'Riverside Police' };

describe('where an admin grants roles', () => {
  it('is the organisations and consortia they administer, a consortium reaching its members', () => {
    const scopes = grantScopes(
      [
        { role: 'ORGANISATION_ADMIN', scopeKind: 'ORGANISATION', scopeId: 'trust' },
        { role: 'CONSORTIUM_ADMIN', scopeKind: 'CONSORTIUM', scopeId: 'cons' },
        { role: 'ANALYST', scopeKind: 'ORGANISATION', scopeId: 'police' },
      ],
      [trust, police],
      [{ id: 'cons', name: 'Riverside Consortium', members: [trust, police] }],
    );
    expect(scopes.map((scope) => [scope.label, scope.organisations.map((organisation) => organisation.name)])).toEqual([
      ['Riverside Trust', ['Riverside Trust']],
      ['Riverside Consortium', ['Riverside Trust', 'Riverside Police']],
    ]);
  });

  it('grants staff-level roles only in an organisation', () => {
    expect(grantableRoles('CONSORTIUM')).not.toContain('COACH');
    expect(grantableRoles('ORGANISATION')).toContain('COACH');
  });

  it('lists the roles a person holds in the chosen scope only', () => {
    const held = rolesIn(
      [
        { role: 'STAFF', scopeKind: 'ORGANISATION', scopeId: 'trust' },
        { role: 'ANALYST', scopeKind: 'CONSORTIUM', scopeId: 'cons' },
      ],
      { kind: 'CONSORTIUM', id: 'cons' },
    );
    expect(held.map((grant) => grant.role)).toEqual(['ANALYST']);
  });
});
