export type GatewayStartupErrorCode = 'SUBGRAPH_UNREACHABLE' | 'SUBGRAPH_SCHEMA_INVALID' | 'SUPERGRAPH_COMPOSITION_FAILED';

/** Why the gateway could not start, naming the subgraphs at fault. */
export class GatewayStartupError extends Error {
  constructor(
    readonly code: GatewayStartupErrorCode,
    readonly subgraphs: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = 'GatewayStartupError';
  }
}
