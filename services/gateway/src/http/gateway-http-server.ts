import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { JSONWebKeySet } from '@tapestry/auth';
import type { GatewayContext } from '../auth/gateway-context';
import { servePortal } from '../portal/portal-files';
import { handleGraphQL, MalformedJsonError, type ScreeningRefusal } from './graphql-http-handler';
import { queryPageHtml } from './query-page';
import { RequestTooLargeError } from './read-body';

export interface GatewayHttpOptions {
  apollo: ApolloServer<GatewayContext>;
  contextFor: (request: IncomingMessage) => Promise<GatewayContext>;
  /** The gateway's public keys, for subgraphs that fetch them (`{ jwksUrl }`). */
  gatewayJwks: JSONWebKeySet;
  production: boolean;
  maxRequestBytes: number;
  screenQuery: (query: string) => ScreeningRefusal | undefined;
  logError: (message: string) => void;
  /** The built web portal (services/portal/dist), served at / beside /graphql; none when absent. */
  portalRoot?: string;
}

/**
 * Routes: GET /health, GET /.well-known/jwks.json, /graphql (and, in development, a query page
 * for browsers on GET /graphql), and, when a portal is built, the portal on every other GET.
 * Everything else is 404.
 */
export function createGatewayHttpServer(options: GatewayHttpOptions): Server {
  return createServer((request, response) => {
    route(request, response, options).catch((error: unknown) => {
      const { status, code, message } = failureOf(error);
      if (status === 500) options.logError(`gateway: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJson(response, status, { errors: [{ message, extensions: { code } }] });
      else response.destroy();
    });
  });
}

async function route(request: IncomingMessage, response: ServerResponse, options: GatewayHttpOptions): Promise<void> {
  const { pathname } = new URL(request.url ?? '/', 'http://gateway');
  if (request.method === 'GET' && pathname === '/health') return sendJson(response, 200, { status: 'ok' });
  if (request.method === 'GET' && pathname === '/.well-known/jwks.json') return sendJson(response, 200, options.gatewayJwks);
  if (pathname !== '/graphql' && options.portalRoot && (await servePortal(options.portalRoot, request, response, pathname))) return;
  if (pathname !== '/graphql') return sendJson(response, 404, { error: `Nothing at ${pathname}; GraphQL is at /graphql.` });
  if (!options.production && request.method === 'GET' && prefersHtml(request)) return sendQueryPage(response);
  await handleGraphQL(options.apollo, request, response, {
    maxRequestBytes: options.maxRequestBytes,
    screenQuery: options.screenQuery,
    context: () => options.contextFor(request),
  });
}

function prefersHtml(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  const search = new URL(request.url ?? '/', 'http://gateway').searchParams;
  return accept.includes('text/html') && !search.has('query');
}

function sendQueryPage(response: ServerResponse): void {
  const nonce = randomBytes(16).toString('base64');
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'`,
  });
  response.end(queryPageHtml(nonce));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function failureOf(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof RequestTooLargeError) return { status: 413, code: 'REQUEST_TOO_LARGE', message: error.message };
  if (error instanceof MalformedJsonError) return { status: 400, code: 'BAD_REQUEST', message: error.message };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again later.' };
}
