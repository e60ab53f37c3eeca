import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { readBody } from './read-body';

/**
 * Hands one HTTP request to Apollo Server and writes its answer: the few lines the express
 * integration would give, without adding it as a dependency.
 */
export async function handleGraphQL<Context extends BaseContext>(
  server: ApolloServer<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  options: {
    maxRequestBytes: number;
    context: () => Promise<Context>;
    /** A refusal of the query text before Apollo parses it (the size limit), or undefined. */
    screenQuery: (query: string) => ScreeningRefusal | undefined;
  },
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(request.url ?? '/', 'http://gateway');
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (request.method ?? 'GET').toUpperCase(),
    headers,
    search: url.search,
    body: await bodyOf(request, headers, options.maxRequestBytes),
  };
  const refusal = screen(httpGraphQLRequest, options.screenQuery);
  if (refusal) {
    response.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ errors: [refusal] }));
    return;
  }
  const answer = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: options.context });
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

export interface ScreeningRefusal {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/** Screens the query text wherever the request carries it: a JSON body, or the URL of a GET. */
function screen(request: HTTPGraphQLRequest, screenQuery: (query: string) => ScreeningRefusal | undefined): ScreeningRefusal | undefined {
  const body = request.body as { query?: unknown } | undefined;
  const query = typeof body === 'object' && body !== null ? body.query : new URLSearchParams(request.search).get('query');
  return typeof query === 'string' ? screenQuery(query) : undefined;
}

/** A JSON body parsed; any other body left for Apollo to refuse (CSRF, wrong content type). */
async function bodyOf(request: IncomingMessage, headers: HeaderMap, limitBytes: number): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const text = await readBody(request, limitBytes);
  const contentType = headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (contentType !== 'application/json' || text === '') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedJsonError();
  }
}

export class MalformedJsonError extends Error {
  constructor() {
    super('The request body is not valid JSON.');
    this.name = 'MalformedJsonError';
  }
}
