import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { asGraphQLError, principalFromRequest, requireAuthenticated, type Principal, type VerificationKeys } from '@tapestry/auth';
import { parse } from 'graphql';

/** A federation subgraph for gateway tests: it verifies the forwarded principal as a real service must. */
export interface TestSubgraph {
  name: string;
  url: string;
  /** Operations received other than the SDL query: proof of whether the gateway forwarded anything. */
  operationsReceived: number;
  stop(): Promise<void>;
}

interface SubgraphContext {
  principal: Principal | null;
}

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

// Resolver maps type their context as unknown; ours is always a SubgraphContext.
const caller = (context: unknown) => {
  try {
    return requireAuthenticated((context as SubgraphContext).principal);
  } catch (error) {
    throw asGraphQLError(error);
  }
};

/** People: `whoAmI` needs a principal, `login` is public, `Person.manager` nests without end. */
export function peopleSubgraph(gatewayKeys: VerificationKeys): Promise<TestSubgraph> {
  const typeDefs = `${FEDERATION}
    type Person @key(fields: "id") { id: ID! name: String! manager: Person reports(first: Int): [Person!]! }
    type Query { whoAmI: String! me: Person! people(first: Int): [Person!]! failing: String }
    type Mutation { login(email: String!): String! }`;
  const person = (id: string) => ({ id, name: `Person ${id}` });
  const resolvers = {
    Query: {
      whoAmI: (_: unknown, __: unknown, context: unknown) => caller(context).personId,
      me: (_: unknown, __: unknown, context: unknown) => person(caller(context).personId),
      people: (_: unknown, args: { first?: number }, context: unknown) => {
        caller(context);
        return Array.from({ length: args.first ?? 3 }, (_x, i) => person(`p${i}`));
      },
      failing: () => {
        throw new Error('the database at 10.1.2.3 is unreachable');
      },
    },
    Mutation: { login: (_: unknown, args: { email: string }) => `welcome ${args.email}` },
    Person: {
      manager: (parent: { id: string }) => person(`${parent.id}-manager`),
      reports: (parent: { id: string }, args: { first?: number }) => Array.from({ length: args.first ?? 2 }, (_x, i) => person(`${parent.id}-r${i}`)),
    },
  };
  return startSubgraph('people', typeDefs, resolvers, gatewayKeys);
}

/** Organisations: extends Person, so entity calls must carry the principal too. */
export function organisationsSubgraph(gatewayKeys: VerificationKeys): Promise<TestSubgraph> {
  const typeDefs = `${FEDERATION}
    type Person @key(fields: "id") { id: ID! seenBy: String! }
    type Query { organisationCount: Int! }`;
  const resolvers = {
    Query: { organisationCount: () => 3 },
    Person: {
      __resolveReference: (reference: { id: string }) => reference,
      seenBy: (_: unknown, __: unknown, context: unknown) => caller(context).personId,
    },
  };
  return startSubgraph('organisations', typeDefs, resolvers, gatewayKeys);
}

type Resolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']>;

async function startSubgraph(name: string, typeDefs: string, resolvers: Resolvers, gatewayKeys: VerificationKeys): Promise<TestSubgraph> {
  const state = { operationsReceived: 0 };
  const server = new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers }),
    csrfPrevention: true,
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    plugins: [
      {
        requestDidStart({ request }) {
          if (!request.query?.includes('_service')) state.operationsReceived += 1;
          return Promise.resolve();
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      try {
        return { principal: await principalFromRequest(req, { keys: gatewayKeys }) };
      } catch (error) {
        throw asGraphQLError(error);
      }
    },
  });
  return {
    name,
    url,
    get operationsReceived() {
      return state.operationsReceived;
    },
    stop: () => server.stop(),
  };
}
