import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-query';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/content';

/** A query's answer once it is in: "Loading…" until then, the NHS error summary if it failed. */
export function QueryView<T>({ state, what, children }: { state: QueryState<T>; what: string; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'failed') return <ErrorSummary problems={state.error.problems} />;
  return <>{children(state.data)}</>;
}
