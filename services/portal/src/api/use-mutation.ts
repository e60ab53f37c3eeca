import { useCallback, useState } from 'react';
import { useSession } from '../session/session-context';
import type { ApiError } from './api-error';
import type { Variables } from './graphql-client';
import { asApiError } from './use-query';

export interface MutationState<T> {
  run: (variables?: Variables) => Promise<T | undefined>;
  running: boolean;
  error: ApiError | undefined;
  clearError: () => void;
}

/**
 * A mutation a form submits: while it runs the form's button is disabled, and a failure is kept
 * for the page's error summary instead of thrown.
 */
export function useMutation<T>(mutation: string): MutationState<T> {
  const { call } = useSession();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback(
    async (variables: Variables = {}) => {
      setRunning(true);
      setError(undefined);
      try {
        return await call<T>(mutation, variables);
      } catch (caught) {
        setError(asApiError(caught));
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [call, mutation],
  );
  return { run, running, error, clearError: () => setError(undefined) };
}
