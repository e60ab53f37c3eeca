export { createGateway, type Gateway, type GatewayOptions } from './create-gateway';
export { gatewayOptionsFromEnv } from './gateway-options-from-env';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits/query-limits';
export { GatewayStartupError, type GatewayStartupErrorCode } from './supergraph/gateway-startup-error';
export type { SubgraphEndpoint } from './supergraph/subgraph-endpoint';
