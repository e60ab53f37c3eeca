/**
 * Why a caller was refused. The code is stable: it reaches clients as GraphQL `extensions.code`.
 * - UNAUTHENTICATED: no credentials where they are required.
 * - TOKEN_EXPIRED: a well-formed, correctly signed token past its expiry; sign in again.
 * - TOKEN_INVALID: tampered, signed by an unknown key or algorithm, or claims of the wrong shape.
 * - FORBIDDEN: authenticated, but the principal's roles do not allow the operation.
 */
export type AuthErrorCode = 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'FORBIDDEN';

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }

  /** The HTTP status an edge should answer with: 403 for FORBIDDEN, 401 otherwise. */
  get httpStatus(): 401 | 403 {
    return this.code === 'FORBIDDEN' ? 403 : 401;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
