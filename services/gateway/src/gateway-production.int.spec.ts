import { generateSigningKeyPair, issueAccessToken, jwksFromPublicKeys, type SigningKeyPair } from '@tapestry/auth';
import { createGateway, type Gateway } from './create-gateway';
import { GatewayStartupError } from './supergraph/gateway-startup-error';
import { codesOf, postGraphQL } from './testing/graphql-client';
import { peopleSubgraph, type TestSubgraph } from './testing/test-subgraphs';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('gateway (production mode)', () => {
  let identityKeys: SigningKeyPair;
  let gatewayKeys: SigningKeyPair;
  let people: TestSubgraph;
  let gateway: Gateway;
  let url: string;
  let token: string;

  beforeAll(async () => {
    [identityKeys, gatewayKeys] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
    people = await peopleSubgraph({ jwks: jwksFromPublicKeys([gatewayKeys]) });
    gateway = createGateway({
      subgraphs: [people],
      callerKeys: { jwks: jwksFromPublicKeys([identityKeys]) },
      gatewayKeyPair: gatewayKeys,
      production: true,
      logger: quiet,
    });
    url = await gateway.listen(0);
    token = await issueAccessToken(
      { personId: 'person-1', organisationId: 'org-1', email: 'p@example.nhs.uk', roles: [] },
      { ...identityKeys, issuer: 'tapestry-identity', audience: 'tapestry', ttlSeconds: 600 },
    );
  });

  afterAll(async () => {
    await gateway.stop();
    await people.stop();
  });

  it('refuses introspection', async () => {
    const reply = await postGraphQL(url, '{ __schema { types { name } } }', { token });
    expect(codesOf(reply)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(reply.body.errors?.[0].message).toMatch(/introspection/i);
  });

  it('suggests no field names', async () => {
    const reply = await postGraphQL(url, '{ whoAmi }', { token });
    expect(codesOf(reply)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(reply.body.errors?.[0].message).toBe('Cannot query field "whoAmi" on type "Query".');
  });

  it('shows neither stack traces nor the inside of an unexpected failure', async () => {
    const reply = await postGraphQL(url, '{ failing }', { token });
    const [error] = reply.body.errors ?? [];
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(JSON.stringify(reply.body)).not.toContain('10.1.2.3');
    expect(error.message).toBe('Something went wrong on our side. Try again later.');
  });

  it('serves no query page', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toContain('text/html');
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ whoAmI }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const textPlain = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ whoAmI }' }) });
    expect(textPlain.status).toBe(400);
    const preflighted = await fetch(`${url}?query=${encodeURIComponent('{ whoAmI }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toEqual({ data: { whoAmI: 'person-1' } });
  });

  it('answers health checks and publishes its own public key', async () => {
    const base = url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/.well-known/jwks.json`)).json()).toEqual(JSON.parse(JSON.stringify(jwksFromPublicKeys([gatewayKeys]))));
  });

  it('refuses a body over the size limit', async () => {
    const reply = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(11 * 1024 * 1024) });
    expect(reply.status).toBe(413);
  });
});

describe('gateway start-up', () => {
  it('fails, naming the subgraph that is down, after a bounded number of attempts', async () => {
    const keys = await generateSigningKeyPair();
    const gateway = createGateway({
      subgraphs: [{ name: 'training', url: 'http://127.0.0.1:9/graphql' }],
      callerKeys: { jwks: jwksFromPublicKeys([keys]) },
      gatewayKeyPair: keys,
      production: true,
      sdlFetch: { attempts: 3, delayMs: 10 },
      logger: quiet,
    });
    const failure = await gateway.listen(0).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(GatewayStartupError);
    expect(failure).toMatchObject({ code: 'SUBGRAPH_UNREACHABLE', subgraphs: ['training'] });
    expect((failure as Error).message).toMatch(/Subgraph "training" at http:\/\/127.0.0.1:9\/graphql did not return its schema after 3 attempts/);
  });
});
