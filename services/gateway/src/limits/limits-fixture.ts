import { buildSchema, getOperationAST, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf, type Fragments } from './fragments';

/** A small graph shaped like Tapestry's: Relay connections, plain lists, an interface. */
export const schema = buildSchema(`
  interface Node { id: ID! }
  type Person implements Node {
    id: ID!
    name: String
    manager: Person
    reports: [Person!]!
    roles: [String!]!
    organisation: Organisation
  }
  type Organisation implements Node { id: ID! name: String people(first: Int, after: String): PersonConnection! }
  type PersonEdge { node: Person! cursor: String! }
  type PageInfo { hasNextPage: Boolean! }
  type PersonConnection { edges: [PersonEdge!]! nodes: [Person!]! pageInfo: PageInfo! }
  type Query {
    me: Person
    person(id: ID!): Person
    node(id: ID!): Node
    organisations: [Organisation!]!
    people(first: Int, last: Int, after: String): PersonConnection!
  }
`);

/** Parses without validation: the limits must hold even for documents validation would refuse. */
export function operationOf(query: string): { document: DocumentNode; operation: OperationDefinitionNode; fragments: Fragments } {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('the fixture query must hold exactly one operation');
  return { document, operation, fragments: fragmentsOf(document) };
}
