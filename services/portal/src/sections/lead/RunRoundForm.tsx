import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { MutationState } from '../../api/use-mutation';
import { Button } from '../../components/content';
import { Select } from '../../components/fields';
import { scopeFromKey, scopeKey, type NamedScope } from './lead-scopes';
import type { RunRoundData } from './queries';
import { type Programme, programmeName, PROGRAMMES } from '../../words/programmes';

/**
 * Runs a round over every open request in one programme and scope, then opens its proposals. A
 * lead over one organisation is not asked where; a lead over several chooses.
 */
export function RunRoundForm({ scopes, programme, run, rerun }: { scopes: readonly NamedScope[]; programme: Programme; run: MutationState<RunRoundData>; rerun?: boolean }) {
  const navigate = useNavigate();
  const [chosenProgramme, setChosenProgramme] = useState<string>(programme);
  const [chosenScope, setChosenScope] = useState<string>(scopes[0] ? scopeKey(scopes[0]) : '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scope = scopeFromKey(chosenScope, scopes);
    if (!scope) return;
    const result = await run.run({ scope: { kind: scope.kind, id: scope.id }, programme: chosenProgramme });
    if (result) await navigate(`/programme/rounds/${result.runMatchingRound.id}`);
  };
  if (!scopes.length) return <p>You do not lead the programme in any organisation or consortium, so you cannot run a matching round.</p>;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {!rerun && (
        <Select
          id="run-programme"
          label="Programme"
          hint="Every open request in this programme is matched against the whole pool at once."
          value={chosenProgramme}
          onChange={(event) => setChosenProgramme(event.target.value)}
          options={PROGRAMMES.map((value) => ({ value, label: programmeName(value) }))}
        />
      )}
      {!rerun && scopes.length > 1 && (
        <Select
          id="run-scope"
          label="Organisation or consortium"
          hint="A consortium round matches across the members that share their pools."
          value={chosenScope}
          onChange={(event) => setChosenScope(event.target.value)}
          options={scopes.map((scope) => ({ value: scopeKey(scope), label: scope.name }))}
        />
      )}
      {!rerun && scopes.length === 1 && <p>The round matches requests and the pool in {scopes[0].name}.</p>}
      <Button disabled={run.running}>{rerun ? 'Run the round again' : 'Run matching round'}</Button>
    </form>
  );
}
