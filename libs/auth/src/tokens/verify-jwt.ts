import { errors, jwtVerify, type JWTPayload } from 'jose';
import { AuthError } from '../errors/auth-error';
import { SIGNING_ALGORITHM } from '../keys/signing-key-pair';
import { keyResolverFor, type VerificationKeys } from '../keys/verification-keys';

export interface JwtVerifierOptions {
  keys: VerificationKeys;
  issuer: string;
  audience: string;
  /** The verifier's clock; the current time when absent. */
  now?: Date;
  clockToleranceSeconds?: number;
}

/**
 * Verifies an RS256 JWT of media type `typ` and maps every refusal to an AuthError; failures to
 * reach a remote key set are not the caller's fault and propagate unchanged.
 */
export async function verifyJwt(
  token: string | undefined | null,
  typ: string,
  options: JwtVerifierOptions,
): Promise<JWTPayload> {
  if (token === undefined || token === null || token.trim() === '') {
    throw new AuthError('UNAUTHENTICATED', 'Sign in: this operation needs a token and none was sent.');
  }
  try {
    const { payload } = await jwtVerify(token, keyResolverFor(options.keys), {
      algorithms: [SIGNING_ALGORITHM],
      issuer: options.issuer,
      audience: options.audience,
      typ,
      currentDate: options.now,
      clockTolerance: options.clockToleranceSeconds ?? 0,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    return payload;
  } catch (error) {
    throw refusalFrom(error);
  }
}

/** jose failures that describe the token itself; any other failure is ours (an unreachable key set). */
const TOKEN_FAULTS: ReadonlySet<string> = new Set([
  errors.JWTClaimValidationFailed.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
  errors.JWSInvalid.code,
  errors.JWTInvalid.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JWSSignatureVerificationFailed.code,
]);

function refusalFrom(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) {
    return new AuthError('TOKEN_EXPIRED', 'The token has expired. Sign in again.');
  }
  if (error instanceof errors.JOSEError && TOKEN_FAULTS.has(error.code)) {
    return new AuthError('TOKEN_INVALID', `The token was refused (${error.code}). Sign in again.`);
  }
  return error;
}
