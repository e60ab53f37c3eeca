import { operationDepth } from './operation-depth';
import { operationOf } from './limits-fixture';

const depth = (query: string) => {
  const { operation, fragments } = operationOf(query);
  return operationDepth(operation, fragments);
};

describe('operationDepth', () => {
  it('counts nested fields', () => {
    expect(depth('{ me { id } }')).toBe(2);
    expect(depth('{ me { manager { manager { name } } } }')).toBe(4);
    expect(depth('{ a: me { id } b: me { manager { id } } }')).toBe(3);
  });

  it('counts depth hidden in fragments, nested fragments and inline fragments', () => {
    expect(
      depth(`
        query { me { ...Chain } }
        fragment Chain on Person { manager { ...Deeper } }
        fragment Deeper on Person { manager { manager { ... on Person { manager { name } } } } }
      `),
    ).toBe(6);
  });

  it('ends on a fragment cycle instead of hanging', () => {
    expect(
      depth(`
        query { me { ...A } }
        fragment A on Person { manager { ...B } }
        fragment B on Person { manager { ...A } }
      `),
    ).toBe(3);
    expect(depth('query { me { ...Self } } fragment Self on Person { manager { ...Self } }')).toBe(2);
  });

  it('stays linear on fragments spread many times', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on Person { a: manager { ...F${i + 1} } b: manager { ...F${i + 1} } }`,
    ).join('\n');
    const query = `query { me { ...F0 } }\n${fragments}\nfragment F${levels} on Person { name }`;
    // 2^40 paths if walked naively; the answer must come back at once.
    expect(depth(query)).toBe(levels + 2);
  });

  it('ignores introspection and unknown fragments', () => {
    expect(depth('{ __schema { types { fields { type { ofType { name } } } } } }')).toBe(0);
    expect(depth('{ me { ...Missing } }')).toBe(1);
  });
});
