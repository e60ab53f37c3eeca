import { operationCost } from './operation-cost';
import { operationOf, schema } from './limits-fixture';

const cost = (query: string, variables?: Record<string, unknown>, withSchema = true) => {
  const { operation, fragments } = operationOf(query);
  return operationCost(operation, fragments, { schema: withSchema ? schema : undefined, variables, defaultListSize: 10 });
};

describe('operationCost', () => {
  it('counts each field once outside lists', () => {
    expect(cost('{ me { id name manager { id } } }')).toBe(5);
  });

  it('multiplies by the default list size for lists without first/last', () => {
    // organisations: 1 + 10 × (id 1 + name 1)
    expect(cost('{ organisations { id name } }')).toBe(21);
    // nested lists multiply: 1 + 10 × (1 + 10 × 1)
    expect(cost('{ organisations { people { nodes { id } } } }')).toBe(1 + 10 * (1 + 1 * (1 + 10 * 1)));
    // a list of leaves costs like one field
    expect(cost('{ me { roles } }')).toBe(2);
  });

  it('takes the page size from first/last, literal or variable, without counting edges again', () => {
    expect(cost('{ people(first: 50) { edges { node { id name } } } }')).toBe(1 + 50 * (1 + 1 * (1 + 2)));
    expect(cost('query($n: Int) { people(first: $n) { nodes { id } } }', { n: 100 })).toBe(1 + 100 * 2);
    expect(cost('query($n: Int = 7) { people(last: $n) { nodes { id } } }')).toBe(1 + 7 * 2);
    expect(cost('query($n: Int) { people(first: $n) { nodes { id } } }')).toBe(1 + 10 * 2);
    expect(cost('{ people(first: 5, last: 20) { pageInfo { hasNextPage } } }')).toBe(1 + 20 * 2);
  });

  it('counts lists nested under a page by the default size', () => {
    expect(cost('{ people(first: 10) { nodes { reports { id } } } }')).toBe(1 + 10 * (1 + 1 * (1 + 10 * 1)));
  });

  it('costs fragments where they are spread, under the lists around them', () => {
    const viaFragment = cost(`
      query { organisations { ...Org } }
      fragment Org on Organisation { people(first: 20) { ...Conn } }
      fragment Conn on PersonConnection { nodes { ... on Person { id } } }
    `);
    expect(viaFragment).toBe(cost('{ organisations { people(first: 20) { nodes { id } } } }'));
    expect(viaFragment).toBe(1 + 10 * (1 + 20 * (1 + 1)));
  });

  it('ends on a fragment cycle', () => {
    expect(cost('query { me { ...A } } fragment A on Person { reports { ...A } }')).toBe(2);
  });

  it('without a schema, multiplies only by first/last', () => {
    expect(cost('{ organisations { id } }', undefined, false)).toBe(2);
    expect(cost('{ people(first: 3) { nodes { id } } }', undefined, false)).toBe(1 + 3 * 2);
  });

  it('ignores introspection fields', () => {
    expect(cost('{ __typename me { __typename id } }')).toBe(2);
  });
});
