import { AuthError } from '@tapestry/auth';

/**
 * The token in an `Authorization: Bearer <token>` header; undefined when there is no header
 * (an anonymous caller). Any other scheme is refused rather than silently ignored.
 */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  if (authorization === undefined || authorization.trim() === '') return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
  if (!match) {
    throw new AuthError('TOKEN_INVALID', "Send the token as 'Authorization: Bearer <token>'.");
  }
  return match[1];
}
