import { composeServices } from '@apollo/composition';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { GatewayStartupError } from './gateway-startup-error';
import type { SubgraphEndpoint } from './subgraph-endpoint';

export interface SubgraphSchema extends SubgraphEndpoint {
  sdl: string;
}

/** Composes the subgraphs' schemas into a supergraph, once, at start-up. Pure. */
export function composeSupergraph(subgraphs: readonly SubgraphSchema[]): string {
  const services = subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parseSdl(name, sdl) }));
  const result = composeServices(services);
  if (result.errors) {
    const names = subgraphs.map((s) => s.name);
    const blamed = names.filter((name) => result.errors.some((e) => mentions(e, name)));
    const culprits = blamed.length > 0 ? blamed : names;
    throw new GatewayStartupError(
      'SUPERGRAPH_COMPOSITION_FAILED',
      culprits,
      `The subgraph schemas do not compose (look at: ${culprits.join(', ')}):\n` +
        result.errors.map((e) => `  - ${e.message}`).join('\n'),
    );
  }
  return result.supergraphSdl;
}

function parseSdl(name: string, sdl: string): DocumentNode {
  try {
    return parse(sdl);
  } catch (error) {
    const reason = error instanceof GraphQLError ? error.message : String(error);
    throw new GatewayStartupError('SUBGRAPH_SCHEMA_INVALID', [name], `Subgraph "${name}" returned a schema that does not parse: ${reason}`);
  }
}

/** Composition names a subgraph as `[name]` or `"name"` in its messages. */
function mentions(error: GraphQLError, name: string): boolean {
  return error.message.includes(`[${name}]`) || error.message.includes(`"${name}"`);
}
