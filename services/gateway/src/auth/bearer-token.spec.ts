import { AuthError } from '@tapestry/auth';
import { bearerTokenOf } from './bearer-token';

describe('bearerTokenOf', () => {
  it('reads the token of a Bearer header, whatever the scheme\'s case', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer  abc.def.ghi ')).toBe('abc.def.ghi');
  });

  it('treats a missing header as an anonymous caller', () => {
    expect(bearerTokenOf(undefined)).toBeUndefined();
    expect(bearerTokenOf('  ')).toBeUndefined();
  });

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'abc.def.ghi'])('refuses %p as TOKEN_INVALID', (header) => {
    let refusal: unknown;
    try {
      bearerTokenOf(header);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AuthError);
    expect(refusal).toMatchObject({ code: 'TOKEN_INVALID', message: "Send the token as 'Authorization: Bearer <token>'." });
  });
});
