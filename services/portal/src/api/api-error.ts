/** One error as the gateway reports it: a message a person can act on and a stable code. */
export interface GraphQLErrorReply {
  message: string;
  extensions?: { code?: unknown; field?: unknown; [key: string]: unknown };
}

/** What went wrong with a call, ready for the NHS error summary: never raw JSON. */
export class ApiError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    readonly code: string,
  ) {
    super(problems.map((problem) => problem.message).join(' '));
  }
}

/** A message for the error summary; with a field, also shown beside that field and linked to it. */
export interface Problem {
  message: string;
  code: string;
  field?: string;
}

const FALLBACK = 'Something went wrong on our side. Try again later.';

/** The problems in a GraphQL reply's errors, one per error, each with the code and field the service gave. */
export function problemsFrom(errors: readonly GraphQLErrorReply[]): Problem[] {
  return errors.map((error) => {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
    const message = code === 'INTERNAL_SERVER_ERROR' || !error.message ? FALLBACK : error.message;
    return field ? { message, code, field } : { message, code };
  });
}

/** A reply that was not GraphQL at all (the network failed, or a proxy answered): said plainly. */
export function transportProblem(status: number | undefined): Problem {
  if (status === undefined) return { message: 'Tapestry could not be reached. Check your connection and try again.', code: 'NETWORK_ERROR' };
  if (status === 413) return { message: 'What you sent is too large. Send less at once.', code: 'REQUEST_TOO_LARGE' };
  return { message: FALLBACK, code: 'INTERNAL_SERVER_ERROR' };
}
