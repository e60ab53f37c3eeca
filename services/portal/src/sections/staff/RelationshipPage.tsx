import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { InsetText, SuccessBanner } from '../../components/content';
import { firstBoxId } from '../../components/date-parts';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import type { PortalSection } from '../section';
import { CancelSessionForm } from './CancelSessionForm';
import { ChemistryForm } from './ChemistryForm';
import { ClosedSummary } from './ClosedSummary';
import { CloseForm } from './CloseForm';
import { RELATIONSHIP, type Relationship } from './coaching-api';
import { kindWords, nextStep } from './coaching-words';
import { ConfirmOrDecline } from './ConfirmOrDecline';
import { LogSessionForm } from './LogSessionForm';
import { RelationshipDetails } from './RelationshipDetails';
import type { Run } from './relationship-run';
import { SessionsTable, SessionsTableIfEnded } from './SessionsTable';
import { useFormAction } from './use-form-action';
import { programmeDescription } from '../../words/programmes';

/** Where the API names a field, the input on this page it belongs to. */
const FIELD_IDS: Record<string, string> = {
  heldOn: firstBoxId('held-on'),
  date: firstBoxId('held-on'),
  minutes: 'session-minutes',
  growStage: 'grow-stage',
  plannedOn: firstBoxId('planned-on'),
  rescheduledTo: firstBoxId('rescheduled-to'),
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
  const step = nextStep(relationship);
  const fieldIds = { ...FIELD_IDS, reason: action.form === 'close' ? 'closure-reason' : 'cancel-reason' };

  return (
    <Page title={`Your ${words.support} with ${other.name}`} caption={programmeDescription(relationship.programme)} section={section} problems={action.problems} fieldIds={fieldIds}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <RelationshipDetails relationship={relationship} otherName={other.name} otherRole={otherRole} />

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
