import { FORWARDED_PRINCIPAL_HEADER, signForwardedPrincipal, type Principal, type SigningKeyPair } from '@tapestry/auth';
import type { GraphQLReply } from './graphql-reply';

/** The header a gateway holding `gateway` would send for `principal`; none for an anonymous caller. */
export async function forwardedHeaders(gateway: SigningKeyPair, principal: Principal | undefined): Promise<Record<string, string>> {
  return principal ? { [FORWARDED_PRINCIPAL_HEADER]: await signForwardedPrincipal(principal, gateway) } : {};
}

/** Calls a subgraph's /graphql directly, as the gateway would on behalf of `principal`. */
export async function postToSubgraph<Data>(
  endpoint: string,
  gateway: SigningKeyPair,
  query: string,
  variables: Record<string, unknown> | undefined,
  principal: Principal | undefined,
): Promise<GraphQLReply<Data>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await forwardedHeaders(gateway, principal)) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLReply<Data>, 'status'>;
  return { status: response.status, ...body };
}
