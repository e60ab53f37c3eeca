import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '../principal/principal';
import { requestOf } from './request-of';
import { verifiedPrincipalOf } from './verified-principals';

/**
 * The verified caller, as PrincipalGuard left it: a Principal in a closed handler, Principal or
 * null in a @Public() one.
 */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null => verifiedPrincipalOf(requestOf(context)),
);
