import { useEffect, useState } from 'react';
import { useSession } from '../../session/session-context';
import { learnerNameCalls, namesFrom, type PersonName } from './learner-names';

/**
 * The learners' names, filled in as identity answers. A batch identity refuses (someone the lead may not read) leaves
 * those learners unnamed rather than hiding the register.
 */
export function useLearnerNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const { call } = useSession();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    let current = true;
    const calls = learnerNameCalls(key ? key.split(',') : []);
    void Promise.allSettled(calls.map((batch) => call<Record<string, (PersonName & { id: string }) | null>>(batch.query, batch.variables))).then((answers) => {
      if (!current) return;
      const found = new Map<string, string>();
      for (const answer of answers) if (answer.status === 'fulfilled') for (const [id, name] of namesFrom(answer.value)) found.set(id, name);
      setNames(found);
    });
    return () => {
      current = false;
    };
  }, [call, key]);

  return names;
}
