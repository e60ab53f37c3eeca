import { Button, InsetText } from '../../components/content';
import { CONFIRM, DECLINE } from './coaching-api';
import type { Run } from './relationship-run';
import type { FormAction } from './use-form-action';

/** Confirm to go ahead or decline without blame; before the chemistry meeting only declining is offered. */
export function ConfirmOrDecline({ action, run, step, otherRole, support }: { action: FormAction; run: Run; step: string; otherRole: string; support: string }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">{step === 'record-chemistry' ? 'Decline the introduction' : 'Confirm or decline'}</h2>
      {step === 'confirm' && (
        <p className="nhsuk-body">Confirm if you would like to go ahead. The {support} starts once you and your {otherRole} have both confirmed.</p>
      )}
      {step === 'wait-for-other' && <InsetText>You have confirmed. The {support} starts once your {otherRole} confirms too.</InsetText>}
      {step === 'record-chemistry' && <p className="nhsuk-body">If you would rather not go ahead, you can decline. Nobody is at fault and the request goes back to the next matching round.</p>}
      <div className="nhsuk-button-group">
        {step === 'confirm' && (
          <Button type="button" disabled={action.running} onClick={() => void run('confirm', CONFIRM, {}, 'You have confirmed.')}>
            Confirm
          </Button>
        )}
        <Button type="button" secondary disabled={action.running} onClick={() => void run('confirm', DECLINE, {}, 'You have declined this introduction.')}>
          Decline
        </Button>
      </div>
    </>
  );
}
