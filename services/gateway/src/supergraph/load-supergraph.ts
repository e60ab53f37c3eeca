import { composeSupergraph, type SubgraphSchema } from './compose-supergraph';
import { fetchSubgraphSdl } from './fetch-subgraph-sdl';
import { GatewayStartupError } from './gateway-startup-error';
import type { SdlFetchPolicy, SubgraphEndpoint } from './subgraph-endpoint';

/**
 * Fetches every subgraph's SDL once, in parallel, and composes them: the supergraph the gateway
 * serves until it restarts. Every unreachable subgraph is named, not only the first.
 */
export async function loadSupergraph(subgraphs: readonly SubgraphEndpoint[], policy: SdlFetchPolicy): Promise<string> {
  if (subgraphs.length === 0) {
    throw new GatewayStartupError('SUPERGRAPH_COMPOSITION_FAILED', [], 'The gateway needs at least one subgraph to route to.');
  }
  const results = await Promise.allSettled(
    subgraphs.map(async (subgraph): Promise<SubgraphSchema> => ({ ...subgraph, sdl: await fetchSubgraphSdl(subgraph, policy) })),
  );
  const schemas: SubgraphSchema[] = [];
  const failures: GatewayStartupError[] = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') schemas.push(result.value);
    else failures.push(asStartupError(result.reason, subgraphs[index]));
  });
  if (failures.length === 0) return composeSupergraph(schemas);
  throw new GatewayStartupError(
    'SUBGRAPH_UNREACHABLE',
    failures.flatMap((failure) => failure.subgraphs),
    failures.map((failure) => failure.message).join('\n'),
  );
}

function asStartupError(reason: unknown, subgraph: SubgraphEndpoint): GatewayStartupError {
  if (reason instanceof GatewayStartupError) return reason;
  const detail = reason instanceof Error ? reason.message : String(reason);
  return new GatewayStartupError('SUBGRAPH_UNREACHABLE', [subgraph.name], `Subgraph "${subgraph.name}" at ${subgraph.url}: ${detail}`);
}
