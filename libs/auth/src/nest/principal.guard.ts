import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { requireAuthenticated } from '../authorization/authorization';
import type { ForwardedPrincipalVerifierOptions } from '../tokens/forwarded-principal';
import { inTransportForm } from './auth-error-forms';
import { principalFromRequest } from './principal-from-request';
import { IS_PUBLIC_KEY } from './public.decorator';
import { requestOf } from './request-of';
import { rememberVerifiedPrincipal } from './verified-principals';

export const FORWARDED_PRINCIPAL_VERIFIER = Symbol('FORWARDED_PRINCIPAL_VERIFIER');

/**
 * Refuses every resolver and controller unless the gateway forwarded a principal that verifies,
 * except those marked @Public(). Federation's `_service` SDL query is answered by the driver
 * outside Nest's guards, so composition works without a principal.
 */
@Injectable()
export class PrincipalGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(FORWARDED_PRINCIPAL_VERIFIER) private readonly verifier: ForwardedPrincipalVerifierOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    try {
      const request = requestOf(context);
      const principal = await principalFromRequest(request, this.verifier);
      if (!isPublic) requireAuthenticated(principal);
      rememberVerifiedPrincipal(request, principal);
      return true;
    } catch (error) {
      throw inTransportForm(error, context.getType<GqlContextType>() === 'graphql' ? 'graphql' : 'http');
    }
  }
}
