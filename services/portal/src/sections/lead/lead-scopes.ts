import type { SignedInPerson } from '../../session/roles';

/** Where a lead runs matching: an organisation, or a whole consortium whose members share. */
export interface MatchingScope {
  kind: 'ORGANISATION' | 'CONSORTIUM';
  id: string;
}

export interface NamedScope extends MatchingScope {
  name: string;
}

/** The scopes the person leads the programme in, from their PROGRAMME_LEAD grants, without repeats. */
export function leadScopes(person: SignedInPerson): MatchingScope[] {
  const seen = new Set<string>();
  return person.roles
    .filter((grant) => grant.role === 'PROGRAMME_LEAD')
    .map((grant) => ({ kind: grant.scopeKind, id: grant.scopeId }))
    .filter((scope) => {
      const key = scopeKey(scope);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** One string per scope, for a select's value and for the URL. */
export const scopeKey = (scope: MatchingScope): string => `${scope.kind}:${scope.id}`;

export function scopeFromKey<S extends MatchingScope>(key: string | null | undefined, scopes: readonly S[]): S | undefined {
  return scopes.find((scope) => scopeKey(scope) === key);
}

/** A scope named for people: the organisation's or consortium's name when known, never its id. */
export function nameScopes(scopes: readonly MatchingScope[], names: ReadonlyMap<string, string>): NamedScope[] {
  return scopes.map((scope) => ({
    ...scope,
    name: names.get(scope.id) ?? (scope.kind === 'CONSORTIUM' ? 'Your consortium' : 'Your organisation'),
  }));
}

/**
 * The organisations whose training a lead runs: each organisation they lead, and every member of a
 * consortium they lead, once each.
 */
export function leadOrganisationIds(scopes: readonly MatchingScope[], consortiumMembers: ReadonlyMap<string, readonly string[]>): string[] {
  const ids = scopes.flatMap((scope) => (scope.kind === 'ORGANISATION' ? [scope.id] : [...(consortiumMembers.get(scope.id) ?? [])]));
  return [...new Set(ids)];
}

/** The API's round scope kind (organisation or consortium, as it records it) as the GraphQL enum. */
export function roundScope(scopeKind: string, scopeId: string): MatchingScope {
  return { kind: scopeKind.toUpperCase() === 'CONSORTIUM' ? 'CONSORTIUM' : 'ORGANISATION', id: scopeId };
}
