import { useState, type FormEvent } from 'react';
import { Button } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, EMPTY_DATE } from '../../components/date-parts';
import { Select, TextInput } from '../../components/fields';
import { LOG_SESSION } from './coaching-api';
import { checkSession, MAX_SESSION_MINUTES } from './coaching-checks';
import { GROW_STAGES } from './coaching-words';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';
import { formatDate, londonToday } from '../../words/dates';

/** A session held: its date, length and, if they use it, the GROW stage; cleared once logged. */
export function LogSessionForm({ action, run }: { action: FormAction; run: Run }) {
  const [heldOn, setHeldOn] = useState(EMPTY_DATE);
  const [minutes, setMinutes] = useState('');
  const [growStage, setGrowStage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkSession({ heldOn, minutes }, londonToday());
    const input = { heldOn: checked.heldOn, minutes: Number(minutes.trim()), growStage: growStage || null };
    if (await run('session', LOG_SESSION, { input }, `Session on ${formatDate(checked.heldOn)} logged.`, checked.problems)) {
      setHeldOn(EMPTY_DATE);
      setMinutes('');
      setGrowStage('');
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="nhsuk-heading-m">Log a session</h2>
      <DateInput
        id="held-on"
        legend="Date of session"
        hint="For example, 27 3 2026. It cannot be in the future."
        value={heldOn}
        onChange={setHeldOn}
        error={action.errorFor('session', 'heldOn', 'date')}
        errorBoxes={boxesInError(action.problems, 'heldOn', 'date')}
      />
      <TextInput
        id="session-minutes"
        label="Length in minutes"
        hint={`Sessions last at most ${MAX_SESSION_MINUTES} minutes`}
        inputMode="numeric"
        width={3}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={action.errorFor('session', 'minutes')}
      />
      <Select id="grow-stage" label="Stage of the GROW model (optional)" options={GROW_STAGES} value={growStage} onChange={(event) => setGrowStage(event.target.value)} error={action.errorFor('session', 'growStage')} />
      <Button disabled={action.running}>Log session</Button>
    </form>
  );
}
