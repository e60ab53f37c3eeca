import { Controller, Get } from '@nestjs/common';
import { jwksFromPublicKeys, Public, type JSONWebKeySet } from '@tapestry/auth';
import { IdentityKeys } from './identity-keys';

/** The public half of identity's token-signing key, for the gateway (and anyone else) to verify access tokens. */
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: IdentityKeys) {}

  @Public()
  @Get('jwks.json')
  jwks(): JSONWebKeySet {
    return jwksFromPublicKeys([this.keys.pair]);
  }
}
