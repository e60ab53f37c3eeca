import type { GraphQLFormattedError } from 'graphql';

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * In production an error tells the caller what they can act on and nothing about the inside:
 * no stack trace, no "Did you mean" hints that map the schema, no message of an unexpected
 * failure (its code stays, so the caller knows it was not their fault).
 */
export function formatGatewayError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (!production) return formatted;
    // `response` is how the gateway reports a subgraph's HTTP failure: it names the subgraph's internal address.
    const { stacktrace: _stacktrace, exception: _exception, response: _response, ...extensions } = formatted.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const message =
      code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side. Try again later.' : formatted.message.replace(SUGGESTION, '');
    return { ...formatted, message, extensions: { ...extensions, code } };
  };
}
