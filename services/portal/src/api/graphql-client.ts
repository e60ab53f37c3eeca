import { ApiError, problemsFrom, transportProblem, type GraphQLErrorReply } from './api-error';

export type Variables = Record<string, unknown>;

interface Reply<T> {
  data?: T | null;
  errors?: GraphQLErrorReply[];
}

/** Called when the gateway says the caller is not signed in (an expired or revoked token). */
export type OnSignedOut = () => void;

/**
 * POSTs one operation to the gateway's /graphql on the portal's own origin. Any error in the reply
 * is an ApiError; a partial answer is never shown as if it were whole.
 */
export async function callGraphQL<T>(query: string, variables: Variables, token: string | undefined, onSignedOut?: OnSignedOut): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError([transportProblem(undefined)], 'NETWORK_ERROR');
  }
  let reply: Reply<T>;
  try {
    reply = (await response.json()) as Reply<T>;
  } catch {
    throw new ApiError([transportProblem(response.status)], 'INTERNAL_SERVER_ERROR');
  }
  if (reply.errors?.length) {
    const problems = problemsFrom(reply.errors);
    if (problems.some((problem) => problem.code === 'UNAUTHENTICATED')) onSignedOut?.();
    throw new ApiError(problems, problems[0].code);
  }
  if (!reply.data) throw new ApiError([transportProblem(response.status)], 'INTERNAL_SERVER_ERROR');
  return reply.data;
}
