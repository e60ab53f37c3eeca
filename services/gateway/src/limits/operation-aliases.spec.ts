import { operationAliases } from './operation-aliases';
import { operationOf } from './limits-fixture';

const aliases = (query: string) => {
  const { operation, fragments } = operationOf(query);
  return operationAliases(operation, fragments);
};

describe('operationAliases', () => {
  it('counts aliased fields at every level', () => {
    expect(aliases('{ me { id } }')).toBe(0);
    expect(aliases('{ a: me { x: id y: name } b: me { id } }')).toBe(4);
  });

  it('counts a fragment once per spread, inline fragments included', () => {
    const query = `
      query { one: me { ...Names } two: me { ...Names ... on Person { z: id } } }
      fragment Names on Person { n1: name n2: name }
    `;
    expect(aliases(query)).toBe(2 + 2 + 2 + 1);
  });

  it('ends on a fragment cycle', () => {
    expect(aliases('query { me { ...A } } fragment A on Person { x: manager { ...B } } fragment B on Person { y: manager { ...A } }')).toBe(2);
  });
});
