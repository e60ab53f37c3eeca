import { useState, type FormEvent } from 'react';
import { Button } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, EMPTY_DATE } from '../../components/date-parts';
import { Select } from '../../components/fields';
import { CANCEL_SESSION } from './coaching-api';
import { checkCancellation } from './coaching-checks';
import { CANCELLATION_REASONS } from './coaching-words';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';
import { formatDate, londonToday } from '../../words/dates';

/** A planned session that did not happen: why, and the new date when it is moved. */
export function CancelSessionForm({ action, run }: { action: FormAction; run: Run }) {
  const [plannedOn, setPlannedOn] = useState(EMPTY_DATE);
  const [reason, setReason] = useState('');
  const [rescheduledTo, setRescheduledTo] = useState(EMPTY_DATE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCancellation({ plannedOn, reason, rescheduledTo }, londonToday());
    const message = checked.rescheduledTo
      ? `The session planned for ${formatDate(checked.plannedOn)} is moved to ${formatDate(checked.rescheduledTo)}.`
      : `The session planned for ${formatDate(checked.plannedOn)} is cancelled.`;
    const input = { plannedOn: checked.plannedOn, reason, rescheduledTo: checked.rescheduledTo ?? null };
    if (await run('cancel', CANCEL_SESSION, { input }, message, checked.problems)) {
      setPlannedOn(EMPTY_DATE);
      setReason('');
      setRescheduledTo(EMPTY_DATE);
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="nhsuk-heading-m">Cancel or move a session</h2>
      <DateInput
        id="planned-on"
        legend="Date the session was planned for"
        hint="For example, 27 3 2026"
        value={plannedOn}
        onChange={setPlannedOn}
        error={action.errorFor('cancel', 'plannedOn')}
        errorBoxes={boxesInError(action.problems, 'plannedOn')}
      />
      <Select
        id="cancel-reason"
        label="Why it did not happen"
        options={[{ value: '', label: 'Select a reason' }, ...CANCELLATION_REASONS]}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={action.errorFor('cancel', 'reason')}
      />
      <DateInput
        id="rescheduled-to"
        legend="New date (optional)"
        hint="Leave empty if the session is not being moved. It cannot be in the past."
        value={rescheduledTo}
        onChange={setRescheduledTo}
        error={action.errorFor('cancel', 'rescheduledTo')}
        errorBoxes={boxesInError(action.problems, 'rescheduledTo')}
      />
      <Button secondary disabled={action.running}>
        Cancel or move session
      </Button>
    </form>
  );
}
