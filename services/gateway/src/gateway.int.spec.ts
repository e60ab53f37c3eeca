import { generateSigningKeyPair, issueAccessToken, jwksFromPublicKeys, type Principal, type SigningKeyPair } from '@tapestry/auth';
import { FORWARDED_PRINCIPAL_HEADER, signForwardedPrincipal } from '@tapestry/auth';
import { createGateway, type Gateway } from './create-gateway';
import { codesOf, postGraphQL, serveJwks } from './testing/graphql-client';
import { organisationsSubgraph, peopleSubgraph, type TestSubgraph } from './testing/test-subgraphs';

const ada: Principal = {
  personId: 'person-ada',
  organisationId: 'org-1',
  email: 'ada@example.nhs.uk',
  roles: [{ role: 'staff', scope: { kind: 'organisation', id: 'org-1' } }],
};

describe('gateway (development mode)', () => {
  let identityKeys: SigningKeyPair;
  let gatewayKeys: SigningKeyPair;
  let identityJwks: { url: string; close: () => Promise<void> };
  let people: TestSubgraph;
  let organisations: TestSubgraph;
  let gateway: Gateway;
  let url: string;

  const tokenFor = (principal: Principal, overrides: { now?: Date; ttlSeconds?: number; keys?: SigningKeyPair } = {}) =>
    issueAccessToken(principal, {
      ...(overrides.keys ?? identityKeys),
      issuer: 'tapestry-identity',
      audience: 'tapestry',
      ttlSeconds: overrides.ttlSeconds ?? 900,
      now: overrides.now,
    });
  const operationsReceived = () => people.operationsReceived + organisations.operationsReceived;

  beforeAll(async () => {
    [identityKeys, gatewayKeys] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
    identityJwks = await serveJwks(jwksFromPublicKeys([identityKeys]));
    const trustGateway = { jwks: jwksFromPublicKeys([gatewayKeys]) };
    [people, organisations] = await Promise.all([peopleSubgraph(trustGateway), organisationsSubgraph(trustGateway)]);
    gateway = createGateway({
      subgraphs: [people, organisations],
      callerKeys: { jwksUrl: identityJwks.url },
      gatewayKeyPair: gatewayKeys,
      limits: { maxDepth: 5, maxAliases: 4, maxCost: 200, maxTokens: 200, defaultListSize: 10 },
      production: false,
      logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    url = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway.stop();
    await Promise.all([people.stop(), organisations.stop(), identityJwks.close()]);
  });

  describe('authentication', () => {
    it('forwards the verified principal to every subgraph a query touches', async () => {
      const reply = await postGraphQL(url, '{ whoAmI me { id seenBy } }', { token: await tokenFor(ada) });
      expect(reply.body).toEqual({ data: { whoAmI: 'person-ada', me: { id: 'person-ada', seenBy: 'person-ada' } } });
    });

    it('forwards an anonymous caller with no principal: public operations work, others are refused by the subgraph', async () => {
      expect((await postGraphQL(url, 'mutation { login(email: "ada@example.nhs.uk") }')).body.data).toEqual({ login: 'welcome ada@example.nhs.uk' });
      const refused = await postGraphQL(url, '{ whoAmI }');
      expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
    });

    it.each([
      ['expired', 'TOKEN_EXPIRED', () => tokenFor(ada, { now: new Date(Date.now() - 3_600_000), ttlSeconds: 60 })],
      ['tampered', 'TOKEN_INVALID', async () => { const [h, p, s] = (await tokenFor(ada)).split('.'); return `${h}.${p}x.${s}`; }],
      ['signed by an unknown key', 'TOKEN_INVALID', async () => tokenFor(ada, { keys: await generateSigningKeyPair() })],
      ['signed by the gateway key, not identity\'s', 'TOKEN_INVALID', () => tokenFor(ada, { keys: gatewayKeys })],
    ])('refuses a token %s with %s before any subgraph is called', async (_case, code, token) => {
      const before = operationsReceived();
      const reply = await postGraphQL(url, '{ whoAmI }', { token: await token() });
      expect(reply.status).toBe(401);
      expect(codesOf(reply)).toEqual([code]);
      expect(operationsReceived()).toBe(before);
    });

    it('never passes on an x-tapestry-principal header the caller set', async () => {
      const forged = await signForwardedPrincipal({ ...ada, personId: 'someone-else' }, gatewayKeys);
      const reply = await postGraphQL(url, '{ whoAmI }', { token: await tokenFor(ada), headers: { [FORWARDED_PRINCIPAL_HEADER]: forged } });
      expect(reply.body.data).toEqual({ whoAmI: 'person-ada' });
    });
  });

  describe('a subgraph called directly', () => {
    it('refuses without the forwarded principal, or with one the gateway did not sign', async () => {
      expect(codesOf(await postGraphQL(people.url, '{ whoAmI }'))).toEqual(['UNAUTHENTICATED']);
      const forged = await signForwardedPrincipal(ada, identityKeys);
      expect(codesOf(await postGraphQL(people.url, '{ whoAmI }', { headers: { [FORWARDED_PRINCIPAL_HEADER]: forged } }))).toEqual(['TOKEN_INVALID']);
      const signed = await signForwardedPrincipal(ada, gatewayKeys);
      expect((await postGraphQL(people.url, '{ whoAmI }', { headers: { [FORWARDED_PRINCIPAL_HEADER]: signed } })).body.data).toEqual({ whoAmI: 'person-ada' });
    });
  });

  describe('query limits', () => {
    const deepFragments = `query { me { ...Up } }
      fragment Up on Person { manager { manager { ...Higher } } }
      fragment Higher on Person { manager { manager { manager { id } } } }`;

    it.each([
      ['deep', 'QUERY_TOO_DEEP', '{ me { manager { manager { manager { manager { manager { id } } } } } } }'],
      ['deep through fragments', 'QUERY_TOO_DEEP', deepFragments],
      ['costly', 'QUERY_TOO_COSTLY', '{ people(first: 50) { reports(first: 50) { id } } }'],
      ['aliased too often', 'TOO_MANY_ALIASES', '{ a: whoAmI b: whoAmI c: whoAmI d: whoAmI e: whoAmI }'],
      ['too large', 'QUERY_TOO_LARGE', `{ me { ${'id '.repeat(300)} } }`],
    ])('refuses a %s query with %s and calls no subgraph', async (_case, code, query) => {
      const before = operationsReceived();
      const reply = await postGraphQL(url, query, { token: await tokenFor(ada) });
      expect(reply.status).toBe(400);
      expect(codesOf(reply)).toEqual([code]);
      expect(reply.body.errors?.[0].message).toMatch(/limit/);
      expect(operationsReceived()).toBe(before);
    });

    it('lets a query within the limits through', async () => {
      const reply = await postGraphQL(url, '{ people(first: 5) { id reports(first: 2) { id } } }', { token: await tokenFor(ada) });
      expect((reply.body.data?.people as unknown[]).length).toBe(5);
    });
  });

  describe('development conveniences', () => {
    it('allows introspection and serves a local query page to browsers', async () => {
      const reply = await postGraphQL(url, '{ __schema { queryType { name } } }');
      expect(reply.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('Tapestry GraphQL');
    });

    it('includes stack traces, which production mode removes', async () => {
      const reply = await postGraphQL(url, '{ failing }', { token: await tokenFor(ada) });
      expect(reply.body.errors?.[0].extensions?.stacktrace).toBeDefined();
    });
  });
});
