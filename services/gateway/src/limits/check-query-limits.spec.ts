import { parse } from 'graphql';
import { checkOperationLimits, checkQuerySize } from './check-query-limits';
import { operationOf, schema } from './limits-fixture';
import { queryLimitsWith } from './query-limits';
import { tokenCount } from './token-count';

const limits = queryLimitsWith({ maxDepth: 4, maxAliases: 3, maxTokens: 40, maxCost: 100, defaultListSize: 10 });
const check = (query: string) => checkOperationLimits({ ...operationOf(query), schema }, limits);

describe('checkOperationLimits', () => {
  it('lets a query within every limit through', () => {
    expect(check('{ me { id manager { name } } }')).toBeUndefined();
  });

  it('refuses a deep query, also when the depth hides in a fragment', () => {
    expect(check('{ me { manager { manager { manager { id } } } } }')).toMatchObject({ code: 'QUERY_TOO_DEEP', measured: 5, limit: 4 });
    const hidden = check('query { me { ...M } } fragment M on Person { manager { manager { manager { id } } } }');
    expect(hidden?.code).toBe('QUERY_TOO_DEEP');
    expect(hidden?.message).toMatch(/5 levels deep.*limit is 4/);
  });

  it('refuses too many aliases', () => {
    expect(check('{ a: me { id } b: me { id } c: me { id } d: me { id } }')).toMatchObject({ code: 'TOO_MANY_ALIASES', measured: 4 });
  });

  it('refuses a costly query and says how to fix it', () => {
    const violation = check('{ organisations { people(first: 50) { nodes { id } } } }');
    expect(violation).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 100 });
    expect(violation?.message).toContain('smaller pages');
  });
});

describe('checkQuerySize', () => {
  it.each(['{ me { id } }', '# a comment\n{ me(id: "x") { id } }', 'query Q($n: Int = 3) { people(first: $n) { nodes { ...F } } } fragment F on Person { id }'])(
    'counts tokens exactly as the parser does: %s',
    (query) => {
      const count = tokenCount(query, 1000);
      expect(() => parse(query, { maxTokens: count })).not.toThrow();
      expect(() => parse(query, { maxTokens: count - 1 })).toThrow(/tokens/);
    },
  );

  it('refuses more tokens than the limit, and stops counting there', () => {
    const huge = `{ ${'me { id } '.repeat(100_000)} }`;
    expect(checkQuerySize(huge, limits)).toMatchObject({ code: 'QUERY_TOO_LARGE', measured: 41, limit: 40 });
    expect(checkQuerySize('{ me { id } }', limits)).toBeUndefined();
  });

  it('leaves text that does not lex to the parser', () => {
    expect(checkQuerySize('{ me { id ^ } }', limits)).toBeUndefined();
  });
});

describe('queryLimitsWith', () => {
  it('refuses a limit that is not a positive whole number', () => {
    expect(() => queryLimitsWith({ maxDepth: 0 })).toThrow(/maxDepth/);
    expect(() => queryLimitsWith({ maxCost: 1.5 })).toThrow(/maxCost/);
  });
});
