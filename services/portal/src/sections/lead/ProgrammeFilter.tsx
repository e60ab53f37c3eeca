import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/content';
import { Select } from '../../components/fields';
import { isProgramme, type Programme, programmeName, PROGRAMMES } from '../../words/programmes';

/** The programme chosen in the page's address (?programme=…), if any. */
export function useProgrammeParam(): Programme | undefined {
  const [params] = useSearchParams();
  const value = params.get('programme');
  return isProgramme(value) ? value : undefined;
}

/**
 * Narrows a list to one programme. The choice goes into the address when the person presses the
 * button (never on change), so the page does not move under a keyboard or screen reader user.
 */
export function ProgrammeFilter({ label, allLabel = 'All programmes' }: { label: string; allLabel?: string }) {
  const [params, setParams] = useSearchParams();
  const current = useProgrammeParam();
  const [choice, setChoice] = useState<string>(current ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (choice) next.set('programme', choice);
    else next.delete('programme');
    setParams(next);
  };
  return (
    <form onSubmit={submit} noValidate className="tapestry-lead-filter">
      <Select
        id="filter-programme"
        label={label}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        options={[{ value: '', label: allLabel }, ...PROGRAMMES.map((programme) => ({ value: programme, label: programmeName(programme) }))]}
      />
      <Button secondary>Show</Button>
    </form>
  );
}
