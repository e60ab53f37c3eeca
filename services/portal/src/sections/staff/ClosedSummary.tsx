import { useState, type FormEvent } from 'react';
import { Button, SummaryList } from '../../components/content';
import { CLOSE, type Relationship } from './coaching-api';
import { ClosureFields } from './ClosureFields';
import { CLOSURE_OUTCOMES, CLOSURE_REASONS, labelOf } from './coaching-words';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';

/** Closed: what was recorded, and (once) this side's own feedback if they have not given it. */
export function ClosedSummary({ relationship, action, run }: { relationship: Relationship; action: FormAction; run: Run }) {
  const [feedback, setFeedback] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checks = feedback.trim() ? [] : [{ field: 'feedback', message: 'Enter your feedback', code: 'BAD_USER_INPUT' }];
    // Closing again adds this side's feedback to the closure already recorded; the reason and outcome stay as they were.
    void run('close', CLOSE, { input: { reason: relationship.closureReason, outcome: relationship.closureOutcome, feedback: feedback.trim() } }, 'Thank you: your feedback is recorded.', checks);
  };
  return (
    <>
      <h2 className="nhsuk-heading-m">How it ended</h2>
      <SummaryList
        rows={[
          { key: 'Reason', value: labelOf(CLOSURE_REASONS, relationship.closureReason) },
          { key: 'Outcome', value: labelOf(CLOSURE_OUTCOMES, relationship.closureOutcome) },
          { key: 'Your feedback', value: relationship.myFeedback ?? 'Not given' },
        ]}
      />
      {!relationship.myFeedback && (
        <form noValidate onSubmit={submit}>
          <h2 className="nhsuk-heading-m">Give your feedback</h2>
          <ClosureFields action={action} reason="" setReason={() => undefined} outcome="" setOutcome={() => undefined} feedback={feedback} setFeedback={setFeedback} withReason={false} />
          <Button disabled={action.running}>Send feedback</Button>
        </form>
      )}
    </>
  );
}
