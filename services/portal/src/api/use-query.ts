import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/session-context';
import { ApiError } from './api-error';
import type { Variables } from './graphql-client';

export type QueryState<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'failed'; error: ApiError; reload: () => void }
  | { status: 'ready'; data: T; reload: () => void };

/** Runs a query as the signed-in person whenever it or its variables change; `reload` runs it again. */
export function useQuery<T>(query: string, variables: Variables = {}, options: { skip?: boolean } = {}): QueryState<T> {
  const { call } = useSession();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; data: T }>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (options.skip) return;
    let current = true;
    call<T>(query, JSON.parse(key) as Variables).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [call, query, key, generation, options.skip]);

  return { ...state, reload };
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError([{ message: 'Something went wrong on our side. Try again later.', code: 'INTERNAL_SERVER_ERROR' }], 'INTERNAL_SERVER_ERROR');
}
