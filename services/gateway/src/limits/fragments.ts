import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Fragments {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Measures fragments once each, whatever the number of spreads (so a query cannot blow the
 * walk up exponentially), and ends the walk on a fragment cycle. A cycle measures 0 here:
 * graphql's validation refuses such a document anyway; this only guarantees termination.
 */
export function memoisedFragmentMeasure<Key extends string>(measure: (fragment: FragmentDefinitionNode, key: Key) => number) {
  const measured = new Map<Key, number>();
  const inProgress = new Set<Key>();
  return (fragment: FragmentDefinitionNode | undefined, key: Key): number => {
    if (fragment === undefined) return 0;
    const known = measured.get(key);
    if (known !== undefined) return known;
    if (inProgress.has(key)) return 0;
    inProgress.add(key);
    const value = measure(fragment, key);
    inProgress.delete(key);
    measured.set(key, value);
    return value;
  };
}

/** Introspection (`__typename`, `__schema`, `__type`) is answered by the gateway from the schema alone. */
export function isIntrospectionField(name: string): boolean {
  return name.startsWith('__');
}
