/** A subgraph the gateway routes to: its name in the supergraph and its GraphQL URL. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

export interface SdlFetchPolicy {
  /** Tries per subgraph before start-up fails; services may still be starting. */
  attempts: number;
  delayMs: number;
  timeoutMs: number;
}

export const DEFAULT_SDL_FETCH_POLICY: SdlFetchPolicy = { attempts: 20, delayMs: 500, timeoutMs: 5000 };
