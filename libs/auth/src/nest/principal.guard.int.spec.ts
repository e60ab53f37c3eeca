import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Args, Field, GraphQLModule, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { jwksFromPublicKeys } from '../keys/jwks';
import { generateSigningKeyPair, type SigningKeyPair } from '../keys/signing-key-pair';
import type { Principal } from '../principal/principal';
import { FORWARDED_PRINCIPAL_HEADER, signForwardedPrincipal } from '../tokens/forwarded-principal';
import { CurrentPrincipal } from './current-principal.decorator';
import { Public } from './public.decorator';
import { TapestryAuthModule } from './tapestry-auth.module';

@ObjectType()
class Caller {
  @Field() personId!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => Caller)
  whoAmI(@CurrentPrincipal() principal: Principal): Caller {
    return { personId: principal.personId };
  }

  @Public()
  @Mutation(() => String)
  login(@Args('email') email: string, @CurrentPrincipal() principal: Principal | null): string {
    return principal ? `already ${principal.personId}` : `welcome ${email}`;
  }
}

@Controller()
class ProbeController {
  @Public()
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Get('private')
  private(@CurrentPrincipal() principal: Principal): { personId: string } {
    return { personId: principal.personId };
  }
}

const principal: Principal = {
  personId: 'person-42',
  organisationId: 'org-1',
  email: 'p@example.nhs.uk',
  roles: [{ role: 'staff', scope: { kind: 'organisation', id: 'org-1' } }],
};

describe('a NestJS subgraph behind PrincipalGuard', () => {
  let app: INestApplication;
  let url: string;
  let gateway: SigningKeyPair;
  let stranger: SigningKeyPair;

  beforeAll(async () => {
    [gateway, stranger] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
    const moduleRef = await Test.createTestingModule({
      imports: [
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: 2 },
          plugins: [ApolloServerPluginInlineTraceDisabled()],
        }),
        TapestryAuthModule.forRoot({ keys: { jwks: jwksFromPublicKeys([gateway]) } }),
      ],
      providers: [ProbeResolver],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
  });

  async function graphql(query: string, header?: string): Promise<{ data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] }> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { [FORWARDED_PRINCIPAL_HEADER]: header } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] };
  }

  it('serves a resolver the principal the gateway forwarded', async () => {
    const header = await signForwardedPrincipal(principal, gateway);
    expect((await graphql('{ whoAmI { personId } }', header)).data).toEqual({ whoAmI: { personId: 'person-42' } });
  });

  it('refuses a direct call without the header', async () => {
    const { errors } = await graphql('{ whoAmI { personId } }');
    expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a header signed by another key', async () => {
    const header = await signForwardedPrincipal(principal, stranger);
    const { data, errors } = await graphql('{ whoAmI { personId } }', header);
    expect(errors?.[0].extensions.code).toBe('TOKEN_INVALID');
    expect(data).toBeNull();
  });

  it('refuses an expired header', async () => {
    const header = await signForwardedPrincipal(principal, { ...gateway, now: new Date(Date.now() - 120_000) });
    expect((await graphql('{ whoAmI { personId } }', header)).errors?.[0].extensions.code).toBe('TOKEN_EXPIRED');
  });

  it('lets anyone call a @Public() operation, and still tells it who a known caller is', async () => {
    expect((await graphql('mutation { login(email: "a@b") }')).data).toEqual({ login: 'welcome a@b' });
    const header = await signForwardedPrincipal(principal, gateway);
    expect((await graphql('mutation { login(email: "a@b") }', header)).data).toEqual({ login: 'already person-42' });
  });

  it('answers the federation SDL query and a public controller without a principal', async () => {
    const { data } = await graphql('{ _service { sdl } }');
    expect((data?._service as { sdl: string }).sdl).toContain('whoAmI');
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  });

  it('closes a controller that is not @Public() with a 401 naming the code', async () => {
    const refused = await fetch(`${url}/private`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const header = await signForwardedPrincipal(principal, gateway);
    const allowed = await fetch(`${url}/private`, { headers: { [FORWARDED_PRINCIPAL_HEADER]: header } });
    expect(await allowed.json()).toEqual({ personId: 'person-42' });
  });
});
