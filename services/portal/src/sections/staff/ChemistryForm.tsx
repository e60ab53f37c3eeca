import { useState, type FormEvent } from 'react';
import { Button } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, EMPTY_DATE } from '../../components/date-parts';
import { RECORD_CHEMISTRY } from './coaching-api';
import { checkChemistryMeeting } from './coaching-checks';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';
import { londonToday } from '../../words/dates';

/** Introduced: the date the pair first met, after which each of them confirms or declines. */
export function ChemistryForm({ action, run, otherRole }: { action: FormAction; run: Run; otherRole: string }) {
  const [heldOn, setHeldOn] = useState(EMPTY_DATE);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkChemistryMeeting(heldOn, londonToday());
    void run('chemistry', RECORD_CHEMISTRY, { heldOn: checked.heldOn }, 'The chemistry meeting is recorded. You can now confirm or decline.', checked.problems);
  };
  return (
    <form noValidate onSubmit={submit}>
      <h2 className="nhsuk-heading-m">Chemistry meeting</h2>
      <p className="nhsuk-body">Meet your {otherRole} first to see whether you would work well together. Once you have met, record the date here; then each of you confirms or declines.</p>
      <DateInput
        id="held-on"
        legend="Date of chemistry meeting"
        hint="For example, 27 3 2026. It cannot be in the future."
        value={heldOn}
        onChange={setHeldOn}
        error={action.errorFor('chemistry', 'heldOn', 'date')}
        errorBoxes={boxesInError(action.problems, 'heldOn', 'date')}
      />
      <Button disabled={action.running}>Record chemistry meeting</Button>
    </form>
  );
}
