/** What a caller of a service's /graphql gets back: the HTTP status and the GraphQL body. */
export interface GraphQLReply<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: GraphQLReplyError[];
}

export interface GraphQLReplyError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The stable codes of a reply's errors, in order: what tests assert on rather than messages. */
export function codesOf(reply: GraphQLReply<unknown>): (string | undefined)[] {
  return (reply.errors ?? []).map((error) => error.extensions?.code);
}

/** The data of a reply that must have succeeded; otherwise fails with the errors, so a test says why. */
export function dataOf<Data>(reply: GraphQLReply<Data>): Data {
  if (reply.errors?.length || reply.data === undefined || reply.data === null) {
    throw new Error(`Expected GraphQL data, got HTTP ${reply.status}: ${JSON.stringify(reply.errors ?? reply.data)}`);
  }
  return reply.data;
}
