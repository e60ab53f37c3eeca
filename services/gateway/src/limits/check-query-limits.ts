import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { fragmentsOf } from './fragments';
import { operationAliases } from './operation-aliases';
import { operationCost } from './operation-cost';
import { operationDepth } from './operation-depth';
import type { QueryLimits, QueryLimitViolation } from './query-limits';
import { tokenCount } from './token-count';

/** The size check, on the text alone, before it is parsed. */
export function checkQuerySize(query: string, limits: QueryLimits): QueryLimitViolation | undefined {
  const tokens = tokenCount(query, limits.maxTokens);
  if (tokens <= limits.maxTokens) return undefined;
  return {
    code: 'QUERY_TOO_LARGE',
    measured: tokens,
    limit: limits.maxTokens,
    message: `The query has more than ${limits.maxTokens} tokens, the limit. Send a shorter query: split it, and pass large values as variables.`,
  };
}

export interface OperationToCheck {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  schema?: GraphQLSchema;
  variables?: Readonly<Record<string, unknown>>;
}

/** The first limit the operation breaks, cheapest check first; undefined when it is within all. */
export function checkOperationLimits(
  { document, operation, schema, variables }: OperationToCheck,
  limits: QueryLimits,
): QueryLimitViolation | undefined {
  const fragments = fragmentsOf(document);

  const aliases = operationAliases(operation, fragments);
  if (aliases > limits.maxAliases) {
    return {
      code: 'TOO_MANY_ALIASES',
      measured: aliases,
      limit: limits.maxAliases,
      message: `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}. Split it into several queries.`,
    };
  }

  const depth = operationDepth(operation, fragments);
  if (depth > limits.maxDepth) {
    return {
      code: 'QUERY_TOO_DEEP',
      measured: depth,
      limit: limits.maxDepth,
      message: `The query nests fields ${depth} levels deep (fragments included); the limit is ${limits.maxDepth}. Fetch the deeper data in a second query, starting from the ids the first returns.`,
    };
  }

  const cost = operationCost(operation, fragments, { schema, variables, defaultListSize: limits.defaultListSize });
  if (cost > limits.maxCost) {
    return {
      code: 'QUERY_TOO_COSTLY',
      measured: cost,
      limit: limits.maxCost,
      message: `The query could resolve about ${formatCount(cost)} fields; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists (lists without first/last count as ${limits.defaultListSize} items).`,
    };
  }
  return undefined;
}

function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'unboundedly many';
}
