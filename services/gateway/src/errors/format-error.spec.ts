import { formatGatewayError } from './format-error';

describe('formatGatewayError', () => {
  const production = formatGatewayError(true);

  it('strips field suggestions and stack traces in production', () => {
    const formatted = production({
      message: 'Cannot query field "nme" on type "Person". Did you mean "name"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] },
    });
    expect(formatted).toEqual({ message: 'Cannot query field "nme" on type "Person".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('hides the message of an unexpected failure, keeping its code', () => {
    expect(production({ message: 'connect ECONNREFUSED 10.0.0.7:5432', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({
      message: 'Something went wrong on our side. Try again later.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('does not reveal a subgraph’s internal address when it failed over HTTP', () => {
    const formatted = production({
      message: '500: Internal Server Error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', response: { url: 'http://127.0.0.1:4001/graphql', status: 500 } },
    });
    expect(JSON.stringify(formatted)).not.toContain('127.0.0.1');
  });

  it('keeps business errors as they are', () => {
    const error = { message: 'The coach has no capacity left.', path: ['requestMatch'], extensions: { code: 'CAPACITY_REACHED' } };
    expect(production(error)).toEqual(error);
  });

  it('changes nothing in development', () => {
    const error = { message: 'Did you mean "name"?', extensions: { code: 'X', stacktrace: ['at y'] } };
    expect(formatGatewayError(false)(error)).toBe(error);
  });
});
