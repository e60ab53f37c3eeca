import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { memoisedFragmentMeasure, type Fragments } from './fragments';

/**
 * How many aliased fields the operation resolves. A fragment counts each time it is spread,
 * because each spread resolves its aliases again.
 */
export function operationAliases(operation: OperationDefinitionNode, fragments: Fragments): number {
  const fragmentAliases = memoisedFragmentMeasure<string>((fragment) => aliasesIn(fragment.selectionSet));

  function aliasesIn(selectionSet: SelectionSetNode): number {
    let count = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          count += (selection.alias ? 1 : 0) + (selection.selectionSet ? aliasesIn(selection.selectionSet) : 0);
          break;
        case Kind.INLINE_FRAGMENT:
          count += aliasesIn(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          count += fragmentAliases(fragments.get(name), name);
          break;
        }
      }
    }
    return count;
  }

  return aliasesIn(operation.selectionSet);
}
