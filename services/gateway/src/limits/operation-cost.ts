import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { isIntrospectionField, memoisedFragmentMeasure, type Fragments } from './fragments';

export interface CostContext {
  /** The API schema: tells which fields are lists. Without it only `first`/`last` multiply. */
  schema?: GraphQLSchema;
  variables?: Readonly<Record<string, unknown>>;
  defaultListSize: number;
}

type PageKey = `${string}:${'paged' | 'unpaged'}`;

/**
 * An estimate of the fields the operation resolves: each field costs 1, multiplied by the items
 * of every list around it. A `first`/`last` argument gives a list's size (the page); a list field
 * without one counts `defaultListSize`, except the `edges`/`nodes` list directly under a paged
 * field, whose size the page already counted. `@skip`/`@include` are ignored: the worst case.
 */
export function operationCost(operation: OperationDefinitionNode, fragments: Fragments, context: CostContext): number {
  const { schema, defaultListSize } = context;
  const fragmentCost = memoisedFragmentMeasure<PageKey>((fragment, key) =>
    costOf(fragment.selectionSet, compositeType(fragment.typeCondition.name.value), key.endsWith(':paged')),
  );

  function compositeType(name: string): GraphQLCompositeType | undefined {
    const type = schema?.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }

  function costOf(selectionSet: SelectionSetNode, parent: GraphQLCompositeType | undefined, parentPaged: boolean): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          cost += fieldCost(selection, parent, parentPaged);
          break;
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition?.name.value;
          cost += costOf(selection.selectionSet, condition ? compositeType(condition) : parent, parentPaged);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          cost += fragmentCost(fragments.get(name), `${name}:${parentPaged ? 'paged' : 'unpaged'}`);
          break;
        }
      }
    }
    return cost;
  }

  function fieldCost(field: FieldNode, parent: GraphQLCompositeType | undefined, parentPaged: boolean): number {
    if (isIntrospectionField(field.name.value)) return 0;
    const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
    const page = pageSize(field);
    const isList = definition !== undefined && isListType(getNullableType(definition.type));
    const items = page ?? (isList && !parentPaged ? defaultListSize : 1);
    if (!field.selectionSet) return 1;
    const named = definition ? getNamedType(definition.type) : undefined;
    const child = named && isCompositeType(named) ? named : undefined;
    return 1 + items * costOf(field.selectionSet, child, page !== undefined);
  }

  /** The larger of `first` and `last`; an argument whose value is unknown counts as the default size. */
  function pageSize(field: FieldNode): number | undefined {
    const sizes = (field.arguments ?? [])
      .filter((argument) => argument.name.value === 'first' || argument.name.value === 'last')
      .map((argument) => countValue(argument.value) ?? defaultListSize);
    return sizes.length === 0 ? undefined : Math.max(...sizes);
  }

  function countValue(value: ValueNode): number | undefined {
    if (value.kind === Kind.INT) return Math.max(0, Number.parseInt(value.value, 10));
    if (value.kind !== Kind.VARIABLE) return undefined;
    const name = value.name.value;
    const supplied = context.variables?.[name];
    if (typeof supplied === 'number' && Number.isInteger(supplied) && supplied >= 0) return supplied;
    if (supplied !== undefined && supplied !== null) return undefined;
    const declared = operation.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
    return declared ? countValue(declared) : undefined;
  }

  const root = schema ? schema.getRootType(operation.operation) ?? undefined : undefined;
  return costOf(operation.selectionSet, root, false);
}
