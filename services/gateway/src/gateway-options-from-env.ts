import { loadOrCreateKeyPair } from '@tapestry/auth';
import type { GatewayOptions } from './create-gateway';
import type { SubgraphEndpoint } from './supergraph/subgraph-endpoint';

/**
 * Options for a gateway run as its own process (the distributed start):
 * - TAPESTRY_SUBGRAPHS: `identity=http://identity:4001/graphql,training=http://training:4002/graphql`
 * - TAPESTRY_IDENTITY_JWKS_URL: identity's `/.well-known/jwks.json`
 * - TAPESTRY_KEYS_DIR: where the gateway keeps its signing key pair
 * - TAPESTRY_PORTAL_DIR: the built web portal, served at / (optional)
 * - NODE_ENV=production for production mode.
 */
export async function gatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GatewayOptions> {
  return {
    subgraphs: subgraphsFrom(required(env, 'TAPESTRY_SUBGRAPHS')),
    callerKeys: { jwksUrl: required(env, 'TAPESTRY_IDENTITY_JWKS_URL') },
    gatewayKeyPair: await loadOrCreateKeyPair(required(env, 'TAPESTRY_KEYS_DIR'), 'gateway'),
    production: env.NODE_ENV === 'production',
    portalRoot: env.TAPESTRY_PORTAL_DIR || undefined,
  };
}

function subgraphsFrom(list: string): SubgraphEndpoint[] {
  return list.split(',').map((entry) => {
    const [name, url] = entry.split('=').map((part) => part.trim());
    if (!name || !url || !URL.canParse(url)) {
      throw new Error(`TAPESTRY_SUBGRAPHS entry "${entry}" is not name=url (e.g. identity=http://127.0.0.1:4001/graphql).`);
    }
    return { name, url };
  });
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Set ${name} to start the gateway on its own (see gateway-options-from-env.ts).`);
  return value;
}
