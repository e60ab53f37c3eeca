import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { Button, InsetText, SuccessBanner, SummaryList, Table, Tag } from '../../components/content';
import { Radios, Select, TextArea, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import type { PortalSection } from '../section';
import { CANCEL_SESSION, CLOSE, CONFIRM, DECLINE, LOG_SESSION, RECORD_CHEMISTRY, RELATIONSHIP, type Relationship } from './coaching-api';
import { checkCancellation, checkChemistryMeeting, checkSession, MAX_SESSION_MINUTES } from './coaching-checks';
import {
  CANCELLATION_REASONS,
  CLOSURE_OUTCOMES,
  CLOSURE_REASONS,
  formatDate,
  GROW_STAGES,
  kindWords,
  labelOf,
  londonDate,
  nextStep,
  programmeLabel,
  relationshipStatus,
} from './coaching-words';
import { useFormAction, type FormAction } from './use-form-action';

/** Where the API names a field, the input on this page it belongs to. */
const FIELD_IDS: Record<string, string> = {
  heldOn: 'held-on',
  date: 'held-on',
  minutes: 'session-minutes',
  growStage: 'grow-stage',
  plannedOn: 'planned-on',
  rescheduledTo: 'rescheduled-to',
  outcome: 'closure-outcome',
  feedback: 'closure-feedback',
};

/**
 * One relationship as either of the pair sees it, and everything they do in it: hold the chemistry
 * meeting, confirm or decline, log and cancel sessions, close with feedback. Used by the staff
 * section (the coachee or mentee) and the coach section (the coach or mentor).
 */
export function RelationshipPage({ section, reflectionsPath }: { section: PortalSection; reflectionsPath: (id: string) => string }) {
  const { relationshipId = '' } = useParams();
  const state = useQuery<{ relationship: Relationship }>(RELATIONSHIP, { id: relationshipId });
  const action = useFormAction();
  const [done, setDone] = useState<string | undefined>();

  const run: Run = async (form, operation, variables, success, checks = []) => {
    setDone(undefined);
    if (await action.submit(form, operation, { relationshipId, ...variables }, checks)) {
      setDone(success);
      state.reload();
      // The API answers once its read models show the change, but under load it may answer first: look once more.
      window.setTimeout(state.reload, 2000);
      return true;
    }
    return false;
  };

  if (state.status !== 'ready') {
    return (
      <Page title="Relationship" section={section}>
        <QueryView state={state} what="the relationship">
          {() => null}
        </QueryView>
      </Page>
    );
  }
  const relationship = state.data.relationship;
  const words = kindWords(relationship.kind);
  const iAmGiver = relationship.mySide === 'coach';
  const other = iAmGiver ? relationship.coachee : relationship.coach;
  const otherRole = iAmGiver ? words.receiver : words.giver;
  const tag = relationshipStatus(relationship);
  const step = nextStep(relationship);
  const fieldIds = { ...FIELD_IDS, reason: action.form === 'close' ? 'closure-reason' : 'cancel-reason' };

  return (
    <Page title={`Your ${words.support} with ${other.name}`} caption={programmeLabel(relationship.programme)} section={section} problems={action.problems} fieldIds={fieldIds}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <SummaryList
        rows={[
          { key: `Your ${otherRole}`, value: other.name },
          { key: 'Status', value: <Tag colour={tag.colour}>{tag.label}</Tag> },
          { key: 'Introduced on', value: formatDate(relationship.introducedAt) },
          {
            key: 'Chemistry meeting',
            value: relationship.chemistryHeldOn ? `Held on ${formatDate(relationship.chemistryHeldOn)}` : `Suggested for ${formatDate(relationship.chemistryMeetingAt)}`,
          },
          ...(relationship.activeFrom ? [{ key: 'Active since', value: formatDate(relationship.activeFrom) }] : []),
          ...(relationship.reviewDueOn && relationship.status === 'active' ? [{ key: 'Six-month review due', value: formatDate(relationship.reviewDueOn) }] : []),
          { key: 'Sessions held', value: `${relationship.sessionsHeld} (${relationship.minutesHeld} minutes in all)` },
          ...(relationship.closedOn ? [{ key: 'Closed on', value: formatDate(relationship.closedOn) }] : []),
        ]}
      />
      {relationship.goals && (
        <>
          <h2 className="nhsuk-heading-m">Goals</h2>
          <p className="nhsuk-body nhsuk-u-secondary-text-colour">Only you and your {otherRole} can see these.</p>
          <p className="nhsuk-body">{relationship.goals}</p>
        </>
      )}
      {relationship.reasons.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Why you were matched</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list nhsuk-list--bullet">
              {relationship.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        </details>
      )}

      {step === 'record-chemistry' && <ChemistryForm action={action} run={run} otherRole={otherRole} />}
      {(step === 'confirm' || step === 'wait-for-other' || step === 'record-chemistry') && (
        <ConfirmOrDecline action={action} run={run} step={step} otherRole={otherRole} support={words.support} />
      )}
      {step === 'active' && (
        <>
          <LogSessionForm action={action} run={run} />
          <SessionsTable relationship={relationship} />
          <CancelSessionForm action={action} run={run} />
          <CloseForm action={action} run={run} support={words.support} />
        </>
      )}
      {step === 'ended' && relationship.status === 'closed' && <ClosedSummary relationship={relationship} action={action} run={run} />}
      {step === 'ended' && relationship.status === 'declined' && <InsetText>This introduction was declined. Nobody is at fault; the request goes back to the next matching round.</InsetText>}
      {relationship.status !== 'declined' && <SessionsTableIfEnded relationship={relationship} step={step} />}

      <h2 className="nhsuk-heading-m">Private reflections</h2>
      <p className="nhsuk-body">
        <Link to={reflectionsPath(relationship.id)}>Your private reflections on this {words.support}</Link> (only you can read them)
      </p>
    </Page>
  );
}

type Run = (form: string, operation: string, variables: Record<string, unknown>, success: string, checks?: readonly Problem[]) => Promise<boolean>;

function ChemistryForm({ action, run, otherRole }: { action: FormAction; run: Run; otherRole: string }) {
  const [heldOn, setHeldOn] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('chemistry', RECORD_CHEMISTRY, { heldOn }, 'The chemistry meeting is recorded. You can now confirm or decline.', checkChemistryMeeting(heldOn, londonDate()));
  };
  return (
    <form noValidate onSubmit={submit}>
      <h2 className="nhsuk-heading-m">Chemistry meeting</h2>
      <p className="nhsuk-body">Meet your {otherRole} first to see whether you would work well together. Once you have met, record the date here; then each of you confirms or declines.</p>
      <TextInput id="held-on" label="Date of chemistry meeting" type="date" width={10} max={londonDate()} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} error={action.errorFor('chemistry', 'heldOn', 'date')} />
      <Button disabled={action.running}>Record chemistry meeting</Button>
    </form>
  );
}

function ConfirmOrDecline({ action, run, step, otherRole, support }: { action: FormAction; run: Run; step: string; otherRole: string; support: string }) {
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

function LogSessionForm({ action, run }: { action: FormAction; run: Run }) {
  const [heldOn, setHeldOn] = useState('');
  const [minutes, setMinutes] = useState('');
  const [growStage, setGrowStage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = checkSession({ heldOn, minutes }, londonDate());
    const input = { heldOn, minutes: Number(minutes.trim()), growStage: growStage || null };
    if (await run('session', LOG_SESSION, { input }, `Session on ${formatDate(heldOn)} logged.`, checks)) {
      setHeldOn('');
      setMinutes('');
      setGrowStage('');
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="nhsuk-heading-m">Log a session</h2>
      <TextInput id="held-on" label="Date of session" type="date" width={10} max={londonDate()} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} error={action.errorFor('session', 'heldOn', 'date')} />
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

function SessionsTable({ relationship }: { relationship: Relationship }) {
  const sessions = [...(relationship.sessions ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const cancelled = relationship.cancelledSessions ?? [];
  return (
    <>
      <h2 className="nhsuk-heading-m">Sessions</h2>
      {sessions.length ? (
        <Table
          caption="Sessions held, newest first"
          head={['Date', 'Length', 'GROW stage']}
          rows={sessions.map((session) => [formatDate(session.heldOn), `${session.minutes} minutes`, session.growStage ? labelOf(GROW_STAGES, session.growStage) : 'Not recorded'])}
        />
      ) : (
        <p className="nhsuk-body">No sessions logged yet.</p>
      )}
      {cancelled.length > 0 && (
        <Table
          caption="Sessions cancelled or moved"
          head={['Planned for', 'Reason', 'Moved to']}
          rows={cancelled.map((item) => [formatDate(item.plannedOn), labelOf(CANCELLATION_REASONS, item.reason), item.rescheduledTo ? formatDate(item.rescheduledTo) : 'Not moved'])}
        />
      )}
    </>
  );
}

function SessionsTableIfEnded({ relationship, step }: { relationship: Relationship; step: string }) {
  if (step !== 'ended' || !(relationship.sessions ?? []).length) return null;
  return <SessionsTable relationship={relationship} />;
}

function CancelSessionForm({ action, run }: { action: FormAction; run: Run }) {
  const [plannedOn, setPlannedOn] = useState('');
  const [reason, setReason] = useState('');
  const [rescheduledTo, setRescheduledTo] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = checkCancellation({ plannedOn, reason, rescheduledTo }, londonDate());
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
        min={londonDate()}
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

function ClosureFields({ action, reason, setReason, outcome, setOutcome, feedback, setFeedback, withReason }: {
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

function CloseForm({ action, run, support }: { action: FormAction; run: Run; support: string }) {
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

/** Closed: what was recorded, and (once) this side's own feedback if they have not given it. */
function ClosedSummary({ relationship, action, run }: { relationship: Relationship; action: FormAction; run: Run }) {
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
