import { useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { Button } from '../../components/content';
import { Radios, Select, TextArea, type Option } from '../../components/fields';
import { PAIR_DECISION_FIELDS, problemFor, type PairDecisionInput } from './pair-decision';

const EMPTY: PairDecisionInput = { requestId: '', coachId: '', decision: '', reason: '' };

/** Pin a pair (propose them whenever the rules allow) or exclude it (never propose it), with the reason. */
export function PairDecisionForm({ requests, coaches, problems, running, onSave }: { requests: readonly Option[]; coaches: readonly Option[]; problems: readonly Problem[]; running: boolean; onSave: (input: PairDecisionInput) => Promise<boolean> }) {
  const [input, setInput] = useState<PairDecisionInput>(EMPTY);
  const set = (change: Partial<PairDecisionInput>) => setInput((current) => ({ ...current, ...change }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave(input)) setInput(EMPTY);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Select
        id={PAIR_DECISION_FIELDS.requestId}
        label="Requester"
        error={problemFor(problems, 'requestId')}
        value={input.requestId}
        onChange={(event) => set({ requestId: event.target.value })}
        options={[{ value: '', label: 'Select the requester' }, ...requests]}
      />
      <Select
        id={PAIR_DECISION_FIELDS.coachId}
        label="Coach or mentor"
        error={problemFor(problems, 'coachId')}
        value={input.coachId}
        onChange={(event) => set({ coachId: event.target.value })}
        options={[{ value: '', label: 'Select the coach or mentor' }, ...coaches]}
      />
      <Radios
        id={PAIR_DECISION_FIELDS.decision}
        legend="Pin or exclude this pair"
        error={problemFor(problems, 'decision')}
        value={input.decision}
        onChange={(decision) => set({ decision })}
        options={[
          { value: 'pin', label: 'Pin: propose this pair in the next rounds, unless a hard rule forbids it' },
          { value: 'exclude', label: 'Exclude: never propose this pair' },
        ]}
      />
      <TextArea
        id={PAIR_DECISION_FIELDS.Reason}
        label="Reason"
        hint="Kept with the decision so any match can be explained later. At most 500 characters."
        error={problemFor(problems, 'Reason')}
        value={input.reason}
        rows={3}
        onChange={(event) => set({ reason: event.target.value })}
      />
      <Button secondary disabled={running}>
        Save decision
      </Button>
    </form>
  );
}
