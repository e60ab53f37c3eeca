import type { AddressInfo } from 'node:net';
import { ApolloGateway, type GatewayConfig } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, jwksFromPublicKeys, type SigningKeyPair, type VerificationKeys } from '@tapestry/auth';
import { callerContext } from './auth/caller-context';
import type { GatewayContext } from './auth/gateway-context';
import { PrincipalForwardingDataSource } from './auth/principal-forwarding-data-source';
import { formatGatewayError } from './errors/format-error';
import { createGatewayHttpServer } from './http/gateway-http-server';
import { checkQuerySize } from './limits/check-query-limits';
import { queryLimitsPlugin } from './limits/query-limits.plugin';
import { queryLimitsWith, type QueryLimits } from './limits/query-limits';
import { loadSupergraph } from './supergraph/load-supergraph';
import { DEFAULT_SDL_FETCH_POLICY, type SdlFetchPolicy, type SubgraphEndpoint } from './supergraph/subgraph-endpoint';

type Logger = NonNullable<GatewayConfig['logger']>;

export interface GatewayOptions {
  subgraphs: SubgraphEndpoint[];
  /** Identity's public keys, which sign callers' access tokens: `{ jwksUrl }` or `{ jwks }`. */
  callerKeys: VerificationKeys;
  /** Defaults to identity's issuer and audience. */
  accessToken?: { issuer: string; audience: string };
  /** The gateway's own pair (loadOrCreateKeyPair(dir, 'gateway')), which signs forwarded principals. */
  gatewayKeyPair: SigningKeyPair;
  limits?: Partial<QueryLimits>;
  /** Production: no introspection, no stack traces or suggestions, no query page. */
  production: boolean;
  sdlFetch?: Partial<SdlFetchPolicy>;
  maxRequestBytes?: number;
  /** The built web portal to serve at / (services/portal/dist); the gateway serves only GraphQL without it. */
  portalRoot?: string;
  logger?: Logger;
}

export interface Gateway {
  /** Fetches the subgraphs' schemas, composes the supergraph, then serves; resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Large enough for a staff-list CSV passed as a variable to importStaff. */
const DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export function createGateway(options: GatewayOptions): Gateway {
  const limits = queryLimitsWith(options.limits);
  const logger = options.logger ?? console;
  let stopRunning: (() => Promise<void>) | undefined;

  return {
    async listen(port, host = '127.0.0.1') {
      if (stopRunning) throw new Error('The gateway is already listening; stop it first.');
      const supergraphSdl = await loadSupergraph(options.subgraphs, { ...DEFAULT_SDL_FETCH_POLICY, ...options.sdlFetch });
      const gateway = new ApolloGateway({
        supergraphSdl,
        logger,
        buildService: ({ url }) => new PrincipalForwardingDataSource({ url }),
      });
      const apollo = new ApolloServer<GatewayContext>({
        gateway,
        logger,
        csrfPrevention: true,
        // The process that embeds the gateway decides when to stop it.
        stopOnTerminationSignals: false,
        introspection: !options.production,
        includeStacktraceInErrorResponses: !options.production,
        hideSchemaDetailsFromClientErrors: options.production,
        // sizeRefusal turns an oversized query away first, with QUERY_TOO_LARGE; this is the parser's own backstop.
        parseOptions: { maxTokens: limits.maxTokens },
        formatError: formatGatewayError(options.production),
        plugins: [queryLimitsPlugin(limits), ApolloServerPluginLandingPageDisabled()],
      });
      const auth = {
        keys: options.callerKeys,
        issuer: options.accessToken?.issuer ?? ACCESS_TOKEN_ISSUER,
        audience: options.accessToken?.audience ?? ACCESS_TOKEN_AUDIENCE,
        gatewayKeyPair: options.gatewayKeyPair,
      };
      const httpServer = createGatewayHttpServer({
        apollo,
        contextFor: (request) => callerContext(request.headers.authorization, auth),
        gatewayJwks: jwksFromPublicKeys([options.gatewayKeyPair]),
        production: options.production,
        maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
        screenQuery: (query) => sizeRefusal(query, limits),
        logError: (message) => logger.error(message),
        portalRoot: options.portalRoot,
      });
      apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
      await apollo.start();
      try {
        await new Promise<void>((resolve, reject) => {
          httpServer.once('error', reject);
          httpServer.listen(port, host, () => resolve());
        });
      } catch (error) {
        await apollo.stop();
        throw error;
      }
      stopRunning = () => apollo.stop();
      const address = httpServer.address() as AddressInfo;
      return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/graphql`;
    },

    async stop() {
      const stopping = stopRunning;
      stopRunning = undefined;
      await stopping?.();
    },
  };
}

/** Apollo's plugin hooks cannot refuse before parsing with a chosen code, so the size check runs at the HTTP edge. */
function sizeRefusal(query: string, limits: QueryLimits) {
  const violation = checkQuerySize(query, limits);
  if (!violation) return undefined;
  const { code, message, limit, measured } = violation;
  return { message, extensions: { code, limit, measured } };
}
