import { FORWARDED_PRINCIPAL_HEADER, generateSigningKeyPair, signForwardedPrincipal } from '@tapestry/auth';
import { bootstrapOrganisation, codesOf, dataOf, startIdentityTestApp, type BootstrappedOrganisation, type GraphQLReply, type IdentityTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

const PEOPLE = 'query($org: ID!) { people(organisationId: $org) { totalCount } }';

describe('identity: only a principal the gateway signed gets in', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;

  const postWithHeader = async (header: string): Promise<GraphQLReply> => {
    const response = await fetch(`${identity.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [FORWARDED_PRINCIPAL_HEADER]: header },
      body: JSON.stringify({ query: PEOPLE, variables: { org: trust.organisation.id } }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLReply, 'status'>) };
  };

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus);
  });

  afterAll(() => identity.close());

  it('answers the admin the gateway vouches for', async () => {
    expect(dataOf(await identity.graphql(PEOPLE, { org: trust.organisation.id }, trust.admin))).toEqual({ people: { totalCount: 1 } });
  });

  it('refuses a caller with no principal', async () => {
    const reply = await identity.graphql(PEOPLE, { org: trust.organisation.id });
    expect(codesOf(reply)).toEqual(['UNAUTHENTICATED']);
    expect(reply.data).toBeNull();
  });

  it('refuses a principal signed by any key but the gateway’s', async () => {
    const impostor = await generateSigningKeyPair();
    const reply = await postWithHeader(await signForwardedPrincipal(trust.admin, impostor));
    expect(codesOf(reply)).toEqual(['TOKEN_INVALID']);
    expect(reply.data).toBeNull();
  });

  it('refuses a staff member reading their organisation’s staff list', async () => {
    const reply = await identity.graphql(PEOPLE, { org: trust.organisation.id }, { ...trust.admin, roles: [{ role: 'staff', scope: { kind: 'organisation', id: trust.organisation.id } }] });
    expect(codesOf(reply)).toEqual(['FORBIDDEN']);
  });
});
