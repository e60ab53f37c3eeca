export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLReply<Data = Record<string, unknown>> {
  status: number;
  body: { data?: Data | null; errors?: GraphQLErrorBody[] };
}

export interface PostOptions {
  variables?: Record<string, unknown>;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

/** POSTs an operation as a client would: JSON, and a Bearer token when given. */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  { variables = {}, token, headers = {} }: PostOptions = {},
): Promise<GraphQLReply<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphQLReply<Data>['body'] };
  } catch {
    throw new Error(`${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
}

/** The `extensions.code` of each error in the reply, in order. */
export function errorCodes(reply: GraphQLReply<unknown>): (string | undefined)[] {
  return (reply.body.errors ?? []).map((error) => error.extensions?.code);
}

/** The reply's data, or a thrown error quoting what the server said instead. */
export function dataOf<Data>(reply: GraphQLReply<Data>): Data {
  if (reply.body.errors?.length || !reply.body.data) {
    throw new Error(`Expected data, got HTTP ${reply.status}: ${JSON.stringify(reply.body.errors ?? reply.body)}`);
  }
  return reply.body.data;
}
