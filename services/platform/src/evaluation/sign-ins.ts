import { inBatches, type GatewayClient } from './gateway-client';
import { LOGIN, SET_PASSWORD } from './operations';
import type { SignedIn } from './scenario';

interface LoginReply {
  login: { accessToken: string; person: { id: string; organisationId: string } };
}

export async function signIn(api: GatewayClient, email: string, password: string): Promise<SignedIn> {
  const { login } = await api.call<LoginReply>(LOGIN, { email, password });
  return { token: login.accessToken, personId: login.person.id, organisationId: login.person.organisationId };
}

/**
 * Gives each person a password (the admin may set a member of staff's) and signs them in once: every later step they
 * take is done as them, with this token. Hashing dominates (argon2id on the identity service), so four at a time
 * keeps its cores busy without queueing requests past the gateway's patience.
 */
export async function signInEveryone(
  api: GatewayClient,
  adminToken: string,
  people: readonly { personId: string; email: string }[],
  password: string,
): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  await inBatches(
    people,
    async ({ personId, email }) => {
      await api.call(SET_PASSWORD, { personId, password }, adminToken);
      tokens.set(personId, (await signIn(api, email, password)).token);
    },
    4,
  );
  return tokens;
}
