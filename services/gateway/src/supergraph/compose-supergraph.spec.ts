import { composeSupergraph } from './compose-supergraph';
import { GatewayStartupError } from './gateway-startup-error';

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

const people = {
  name: 'people',
  url: 'http://127.0.0.1:4001/graphql',
  sdl: `${federation}\ntype Person @key(fields: "id") { id: ID! name: String }\ntype Query { person(id: ID!): Person }`,
};
const sessions = {
  name: 'sessions',
  url: 'http://127.0.0.1:4002/graphql',
  sdl: `${federation}\ntype Person @key(fields: "id") { id: ID! sessions: [String!]! }\ntype Query { sessionCount: Int }`,
};

function failureOf(run: () => unknown): GatewayStartupError {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayStartupError) return error;
    throw error;
  }
  throw new Error('expected composition to fail');
}

describe('composeSupergraph', () => {
  it('composes subgraphs into one supergraph naming each of them', () => {
    const supergraph = composeSupergraph([people, sessions]);
    expect(supergraph).toContain('join__Graph');
    expect(supergraph).toMatch(/PEOPLE @join__graph\(name: "people", url: "http:\/\/127.0.0.1:4001\/graphql"\)/);
    expect(supergraph).toContain('sessionCount');
  });

  it('names the subgraph whose schema does not compose', () => {
    const clash = { ...sessions, sdl: `${federation}\ntype Person @key(fields: "id") { id: ID! name: Int }\ntype Query { sessionCount: Int }` };
    const error = failureOf(() => composeSupergraph([people, clash]));
    expect(error.code).toBe('SUPERGRAPH_COMPOSITION_FAILED');
    expect(error.message).toContain('Person.name');
    expect(error.subgraphs).toEqual(expect.arrayContaining(['sessions']));
  });

  it('names the subgraph whose SDL does not parse', () => {
    const error = failureOf(() => composeSupergraph([people, { ...sessions, sdl: 'type Query {' }]));
    expect(error).toMatchObject({ code: 'SUBGRAPH_SCHEMA_INVALID', subgraphs: ['sessions'] });
    expect(error.message).toContain('Subgraph "sessions"');
  });
});
