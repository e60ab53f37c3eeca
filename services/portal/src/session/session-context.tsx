import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { callGraphQL, type Variables } from '../api/graphql-client';
import type { SignedInPerson } from './roles';

const STORAGE_KEY = 'tapestry.session';

interface StoredSession {
  token: string;
  person: SignedInPerson;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface Session {
  person: SignedInPerson | undefined;
  /** Why the last session ended, when it ended without the person signing out. */
  endedBecause: string | undefined;
  signIn: (email: string, password: string) => Promise<SignedInPerson>;
  signOut: () => void;
  /** One GraphQL operation as the signed-in person; an expired session signs them out. */
  call: <T>(query: string, variables?: Variables) => Promise<T>;
}

const SessionContext = createContext<Session | undefined>(undefined);

const PERSON_FIELDS = 'id organisationId givenName familyName jobTitle roles { role scopeKind scopeId }';

/**
 * Keeps the access token in sessionStorage: it lasts as long as the tab, is never sent to another
 * site and never outlives the token's own expiry.
 */
function readStored(): StoredSession | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return stored && stored.expiresAt > Date.now() ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<StoredSession | undefined>(readStored);
  const [endedBecause, setEndedBecause] = useState<string | undefined>();

  const end = useCallback((reason: string | undefined) => {
    sessionStorage.removeItem(STORAGE_KEY);
    setStored(undefined);
    setEndedBecause(reason);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const { login } = await callGraphQL<{ login: { accessToken: string; expiresIn: number; person: SignedInPerson } }>(
      `mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresIn person { ${PERSON_FIELDS} } } }`,
      { email, password },
      undefined,
    );
    const next: StoredSession = { token: login.accessToken, person: login.person, expiresAt: Date.now() + login.expiresIn * 1000 };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setStored(next);
    setEndedBecause(undefined);
    return login.person;
  }, []);

  const session = useMemo<Session>(
    () => ({
      person: stored?.person,
      endedBecause,
      signIn,
      signOut: () => end(undefined),
      call: <T,>(query: string, variables: Variables = {}) =>
        callGraphQL<T>(query, variables, stored?.token, () => end('Your session has ended. Sign in again to carry on.')),
    }),
    [stored, endedBecause, signIn, end],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person, for pages that are only ever shown to one. */
export function usePerson(): SignedInPerson {
  const { person } = useSession();
  if (!person) throw new Error('usePerson on a page shown without a signed-in person');
  return person;
}
