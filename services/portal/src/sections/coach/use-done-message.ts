import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * The message a form left when it brought the person back here, if it did. Arriving just after sending something, the
 * page looks once more a little later: under load the list may not show it yet.
 */
export function useDoneMessage(reload: () => void): string | undefined {
  const done = (useLocation().state as { done?: string } | null)?.done;
  useEffect(() => {
    if (!done) return undefined;
    const timer = window.setTimeout(reload, 2000);
    return () => window.clearTimeout(timer);
  }, [done, reload]);
  return done;
}
