import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { ForwardedPrincipalVerifierOptions } from '../tokens/forwarded-principal';
import { FORWARDED_PRINCIPAL_VERIFIER, PrincipalGuard } from './principal.guard';

/**
 * Installs PrincipalGuard for the whole service: closed by default, opened per handler with
 * @Public(). `verifier.keys` are the gateway's public keys (its JWKS), not identity's.
 */
@Module({})
export class TapestryAuthModule {
  static forRoot(verifier: ForwardedPrincipalVerifierOptions): DynamicModule {
    return {
      module: TapestryAuthModule,
      global: true,
      providers: [
        { provide: FORWARDED_PRINCIPAL_VERIFIER, useValue: verifier },
        { provide: APP_GUARD, useClass: PrincipalGuard },
      ],
      exports: [FORWARDED_PRINCIPAL_VERIFIER],
    };
  }
}
