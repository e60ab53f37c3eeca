import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { FORWARDED_PRINCIPAL_HEADER } from '@tapestry/auth';
import type { GatewayContext } from './gateway-context';

/**
 * Sends each subgraph call with the caller's principal signed by the gateway, and never with a
 * header the caller set: the client's own headers are not passed on at all.
 */
export class PrincipalForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    headers.delete(FORWARDED_PRINCIPAL_HEADER);
    // Only an incoming operation has a caller (the package does not export the kind enum).
    if (!('incomingRequestContext' in options)) return;
    const forwarded = await options.context.forwardedPrincipal();
    if (forwarded !== undefined) headers.set(FORWARDED_PRINCIPAL_HEADER, forwarded);
  }
}
