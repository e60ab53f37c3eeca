import { useState, type FormEvent } from 'react';
import { Button } from '../../components/content';
import { CLOSE } from './coaching-api';
import { ClosureFields } from './ClosureFields';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';

/** Ending an active relationship, folded away so it is not the first thing anyone reaches. */
export function CloseForm({ action, run, support }: { action: FormAction; run: Run; support: string }) {
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [feedback, setFeedback] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checks = [
      ...(reason ? [] : [{ field: 'reason', message: 'Select why it is ending', code: 'BAD_USER_INPUT' }]),
      ...(outcome ? [] : [{ field: 'outcome', message: 'Select how far the goals were achieved', code: 'BAD_USER_INPUT' }]),
    ];
    void run('close', CLOSE, { input: { reason, outcome, feedback: feedback.trim() || null } }, `The ${support} is closed. Thank you for your feedback.`, checks);
  };
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Close the {support}</span>
      </summary>
      <div className="nhsuk-details__text">
        <form noValidate onSubmit={submit}>
          <ClosureFields action={action} reason={reason} setReason={setReason} outcome={outcome} setOutcome={setOutcome} feedback={feedback} setFeedback={setFeedback} withReason />
          <Button secondary disabled={action.running}>
            Close the {support}
          </Button>
        </form>
      </div>
    </details>
  );
}
