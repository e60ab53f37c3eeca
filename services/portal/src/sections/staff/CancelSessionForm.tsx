import { useState, type FormEvent } from 'react';
import { Button } from '../../components/content';
import { Select, TextInput } from '../../components/fields';
import { CANCEL_SESSION } from './coaching-api';
import { checkCancellation } from './coaching-checks';
import { CANCELLATION_REASONS } from './coaching-words';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';
import { formatDate, londonToday } from '../../words/dates';

/** A planned session that did not happen: why, and the new date when it is moved. */
export function CancelSessionForm({ action, run }: { action: FormAction; run: Run }) {
  const [plannedOn, setPlannedOn] = useState('');
  const [reason, setReason] = useState('');
  const [rescheduledTo, setRescheduledTo] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = checkCancellation({ plannedOn, reason, rescheduledTo }, londonToday());
    const message = rescheduledTo ? `The session planned for ${formatDate(plannedOn)} is moved to ${formatDate(rescheduledTo)}.` : `The session planned for ${formatDate(plannedOn)} is cancelled.`;
    if (await run('cancel', CANCEL_SESSION, { input: { plannedOn, reason, rescheduledTo: rescheduledTo || null } }, message, checks)) {
      setPlannedOn('');
      setReason('');
      setRescheduledTo('');
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="nhsuk-heading-m">Cancel or move a session</h2>
      <TextInput id="planned-on" label="Date the session was planned for" type="date" width={10} value={plannedOn} onChange={(event) => setPlannedOn(event.target.value)} error={action.errorFor('cancel', 'plannedOn')} />
      <Select
        id="cancel-reason"
        label="Why it did not happen"
        options={[{ value: '', label: 'Select a reason' }, ...CANCELLATION_REASONS]}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={action.errorFor('cancel', 'reason')}
      />
      <TextInput
        id="rescheduled-to"
        label="New date (optional)"
        hint="Leave empty if the session is not being moved"
        type="date"
        width={10}
        min={londonToday()}
        value={rescheduledTo}
        onChange={(event) => setRescheduledTo(event.target.value)}
        error={action.errorFor('cancel', 'rescheduledTo')}
      />
      <Button secondary disabled={action.running}>
        Cancel or move session
      </Button>
    </form>
  );
}
