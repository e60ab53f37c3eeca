import { Radios, Select, TextArea } from '../../components/fields';
import { CLOSURE_OUTCOMES, CLOSURE_REASONS } from './coaching-words';
import type { FormAction } from './use-form-action';

/** The closure's fields: why and how far the goals were met (when closing), and this side's feedback. */
export function ClosureFields({ action, reason, setReason, outcome, setOutcome, feedback, setFeedback, withReason }: {
  action: FormAction;
  reason: string;
  setReason: (value: string) => void;
  outcome: string;
  setOutcome: (value: string) => void;
  feedback: string;
  setFeedback: (value: string) => void;
  withReason: boolean;
}) {
  return (
    <>
      {withReason && (
        <>
          <Select id="closure-reason" label="Why it is ending" options={[{ value: '', label: 'Select a reason' }, ...CLOSURE_REASONS]} value={reason} onChange={(event) => setReason(event.target.value)} error={action.errorFor('close', 'reason')} />
          <Radios id="closure-outcome" legend="How far were the goals achieved?" options={CLOSURE_OUTCOMES} value={outcome} onChange={setOutcome} error={action.errorFor('close', 'outcome')} />
        </>
      )}
      <TextArea
        id="closure-feedback"
        label="Your feedback (optional)"
        hint="What went well and what could be better. The programme team reads feedback to improve the programme."
        value={feedback}
        onChange={(event) => setFeedback(event.target.value)}
        error={action.errorFor('close', 'feedback')}
      />
    </>
  );
}
