import { useState, type FormEvent } from 'react';
import { Button } from '../../components/content';
import { TextInput } from '../../components/fields';
import { RECORD_CHEMISTRY } from './coaching-api';
import { checkChemistryMeeting } from './coaching-checks';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';
import { londonToday } from '../../words/dates';

/** Introduced: the date the pair first met, after which each of them confirms or declines. */
export function ChemistryForm({ action, run, otherRole }: { action: FormAction; run: Run; otherRole: string }) {
  const [heldOn, setHeldOn] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('chemistry', RECORD_CHEMISTRY, { heldOn }, 'The chemistry meeting is recorded. You can now confirm or decline.', checkChemistryMeeting(heldOn, londonToday()));
  };
  return (
    <form noValidate onSubmit={submit}>
      <h2 className="nhsuk-heading-m">Chemistry meeting</h2>
      <p className="nhsuk-body">Meet your {otherRole} first to see whether you would work well together. Once you have met, record the date here; then each of you confirms or declines.</p>
      <TextInput id="held-on" label="Date of chemistry meeting" type="date" width={10} max={londonToday()} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} error={action.errorFor('chemistry', 'heldOn', 'date')} />
      <Button disabled={action.running}>Record chemistry meeting</Button>
    </form>
  );
}
