import type { SignedInPerson } from '../../session/roles';
import { leadOrganisationIds, leadScopes, nameScopes, roundScope, scopeFromKey, scopeKey } from './lead-scopes';

const person = (roles: SignedInPerson['roles']): SignedInPerson => ({ id: 'p', organisationId: 'trust', givenName: 'Jo', familyName: 'Bloggs', jobTitle: 'Lead', roles });

describe('where a programme lead runs matching', () => {
  it('takes only programme lead grants, each scope once', () => {
    const scopes = leadScopes(
      person([
        { role: 'STAFF', scopeKind: 'ORGANISATION', scopeId: 'trust' },
        { role: 'PROGRAMME_LEAD', scopeKind: 'ORGANISATION', scopeId: 'trust' },
        { role: 'PROGRAMME_LEAD', scopeKind: 'CONSORTIUM', scopeId: 'riverside' },
        { role: 'PROGRAMME_LEAD', scopeKind: 'ORGANISATION', scopeId: 'trust' },
      ]),
    );
    expect(scopes).toEqual([
      { kind: 'ORGANISATION', id: 'trust' },
      { kind: 'CONSORTIUM', id: 'riverside' },
    ]);
  });

  it('finds a scope again from its key', () => {
    const scopes = leadScopes(person([{ role: 'PROGRAMME_LEAD', scopeKind: 'CONSORTIUM', scopeId: 'riverside' }]));
    expect(scopeFromKey(scopeKey(scopes[0]), scopes)).toEqual(scopes[0]);
    expect(scopeFromKey('ORGANISATION:elsewhere', scopes)).toBeUndefined();
  });

  it('names scopes by their organisation or consortium, with a plain fallback instead of an id', () => {
    const named = nameScopes(
      [
        { kind: 'ORGANISATION', id: 'trust' },
        { kind: 'CONSORTIUM', id: 'unknown' },
      ],
      new Map([['trust', 'Riverside Trust']]),
    );
    expect(named.map((scope) => scope.name)).toEqual(['Riverside Trust', 'Your consortium']);
  });

  it('reaches every member of a consortium it leads for training, once each', () => {
    const ids = leadOrganisationIds(
      [
        { kind: 'ORGANISATION', id: 'trust' },
        { kind: 'CONSORTIUM', id: 'riverside' },
      ],
      new Map([['riverside', ['trust', 'police', 'fire']]]),
    );
    expect(ids).toEqual(['trust', 'police', 'fire']);
  });

  it('reads the scope a round recorded in either case', () => {
    expect(roundScope('consortium', 'c')).toEqual({ kind: 'CONSORTIUM', id: 'c' });
    expect(roundScope('ORGANISATION', 'o')).toEqual({ kind: 'ORGANISATION', id: 'o' });
  });
});
