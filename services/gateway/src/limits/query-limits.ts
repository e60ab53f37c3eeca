/** What one operation may ask of the graph. Checked before any resolver runs. */
export interface QueryLimits {
  /** Deepest field nesting, fragments expanded. */
  maxDepth: number;
  /** Aliased fields, fragments expanded each time they are spread. */
  maxAliases: number;
  /** Lexical tokens in the query text (graphql's `maxTokens`). */
  maxTokens: number;
  /** Estimated fields resolved: each field counts once per item of every list around it. */
  maxCost: number;
  /** Items assumed for a list field that has no `first`/`last` argument. */
  defaultListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 10_000,
  defaultListSize: 10,
};

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_LARGE';

export interface QueryLimitViolation {
  code: QueryLimitCode;
  message: string;
  /** What the query measured; for QUERY_TOO_LARGE, a lower bound (counting stops past the limit). */
  measured: number;
  limit: number;
}

export function queryLimitsWith(overrides: Partial<QueryLimits> = {}): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new RangeError(`Query limit ${name} must be a positive whole number, not ${String(value)}.`);
    }
  }
  return limits;
}
