import { useEffect, useState } from 'react';
import { referenceFor } from './reference';

/** Relationship ids to their caseload references, filled in as they are worked out. */
export function useReferences(relationshipIds: readonly string[]): ReadonlyMap<string, string> {
  const [references, setReferences] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(relationshipIds)].sort().join(',');
  useEffect(() => {
    let current = true;
    const ids = key ? key.split(',') : [];
    Promise.all(ids.map(async (id) => [id, await referenceFor(id)] as const)).then(
      (pairs) => current && setReferences(new Map(pairs)),
      // Without Web Crypto (an insecure origin) the references stay unknown and the pages say so.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key]);
  return references;
}
