import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { isIntrospectionField, memoisedFragmentMeasure, type Fragments } from './fragments';

/** How deeply the operation nests fields, counting through fragment spreads and inline fragments. */
export function operationDepth(operation: OperationDefinitionNode, fragments: Fragments): number {
  const fragmentDepth = memoisedFragmentMeasure<string>((fragment) => depthOf(fragment.selectionSet));

  function depthOf(selectionSet: SelectionSetNode): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          if (isIntrospectionField(selection.name.value)) break;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
          break;
        case Kind.INLINE_FRAGMENT:
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          deepest = Math.max(deepest, fragmentDepth(fragments.get(name), name));
          break;
        }
      }
    }
    return deepest;
  }

  return depthOf(operation.selectionSet);
}
