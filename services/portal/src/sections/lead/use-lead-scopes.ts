import { useMemo } from 'react';
import { useQuery } from '../../api/use-query';
import { usePerson } from '../../session/session-context';
import { leadOrganisationIds, leadScopes, nameScopes, type NamedScope } from './lead-scopes';
import { DIRECTORY, type DirectoryData } from './queries';

/**
 * The organisations and consortia the signed-in lead leads, named, and the organisations whose
 * training they run; undefined until the directory has answered.
 */
export function useLeadScopes(): { scopes: NamedScope[]; organisations: { id: string; name: string }[] } | undefined {
  const person = usePerson();
  const directory = useQuery<DirectoryData>(DIRECTORY);
  const data = directory.status === 'ready' ? directory.data : undefined;
  const failed = directory.status === 'failed';
  return useMemo(() => {
    if (!data && !failed) return undefined;
    const scopes = leadScopes(person);
    const names = new Map<string, string>([...(data?.organisations ?? []), ...(data?.consortia ?? [])].map((entry) => [entry.id, entry.name]));
    const members = new Map((data?.consortia ?? []).map((consortium) => [consortium.id, consortium.members.map((member) => member.id)]));
    const organisations = leadOrganisationIds(scopes, members).map((id) => ({ id, name: names.get(id) ?? 'Your organisation' }));
    return { scopes: nameScopes(scopes, names), organisations };
  }, [person, data, failed]);
}
