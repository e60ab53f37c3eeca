import type { Principal } from '@tapestry/auth';

/** What one incoming request carries through the gateway. */
export interface GatewayContext {
  /** The verified caller; null for an anonymous one (subgraphs decide what is public). */
  principal: Principal | null;
  /** The signed `x-tapestry-principal` value for subgraph calls; signed once per request. */
  forwardedPrincipal(): Promise<string | undefined>;
}
