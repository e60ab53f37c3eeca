import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/content';
import { Select } from '../../components/fields';

/**
 * The organisation a page is about, from the address (?organisation=…) among those the lead may
 * choose, the first by default; with a chooser only when there is a choice to make.
 */
export function useOrganisationChoice(organisations: readonly { id: string; name: string }[] | undefined): { id: string; name: string } | undefined {
  const [params] = useSearchParams();
  const wanted = params.get('organisation');
  return organisations?.find((organisation) => organisation.id === wanted) ?? organisations?.[0];
}

export function OrganisationChoice({ organisations, current }: { organisations: readonly { id: string; name: string }[]; current: string }) {
  const [params, setParams] = useSearchParams();
  const [choice, setChoice] = useState(current);
  if (organisations.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('organisation', choice);
    setParams(next);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Select id="organisation" label="Organisation" value={choice} onChange={(event) => setChoice(event.target.value)} options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))} />
      <Button secondary>Show</Button>
    </form>
  );
}
