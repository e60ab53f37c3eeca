import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, InsetText } from '../../components/content';
import { Radios, Select, TextArea } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { MY_RELATIONSHIPS, type RelationshipSummary } from '../staff/coaching-api';
import { fieldError } from '../staff/coaching-checks';
import type { Concern } from '../../api/supervision';
import { RAISE_CONCERN } from './care-api';
import { CONCERNS_PATH } from './care-paths';
import { ConcernAudience } from './ConcernAudience';
import { checkConcern, CONCERN_KINDS, concernSubjects, MAX_CONCERN_LENGTH } from './concern-words';
import { coachSection } from './section';

const FIELD_IDS = { relationshipId: 'concern-about', kind: 'concern-kind', summary: 'concern-summary' };

/** An ethical or safeguarding concern about one of the coach's own relationships, sent to their supervisor. */
export function RaiseConcernPage() {
  const navigate = useNavigate();
  const state = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  const raise = useMutation<{ raiseConcern: Concern }>(RAISE_CONCERN);
  const [form, setForm] = useState({ relationshipId: '', kind: '', summary: '' });
  const [checks, setChecks] = useState<Problem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkConcern(form);
    setChecks(found);
    if (found.length) return;
    if (await raise.run({ relationshipId: form.relationshipId, kind: form.kind, summary: form.summary.trim() })) {
      void navigate(CONCERNS_PATH, { state: { done: 'Your concern is sent to your supervisor. You will see here when it is resolved.' } });
    }
  };

  const problems = checks.length ? checks : (raise.error?.problems ?? []);
  return (
    <Page title="Raise a concern" section={coachSection} problems={problems} fieldIds={FIELD_IDS}>
      <p className="nhsuk-lede-text">Tell your supervisor about an ethical or safeguarding concern that has come up with someone you support.</p>
      <ConcernAudience />
      <QueryView state={state} what="the people you support">
        {({ myRelationships }) => {
          const subjects = concernSubjects(myRelationships);
          if (!subjects.length) {
            return (
              <InsetText>
                <p>You can raise a concern here about someone you support or have been introduced to. You have nobody yet; if something worries you, talk to your supervisor or programme lead.</p>
              </InsetText>
            );
          }
          return (
            <form noValidate onSubmit={(event) => void submit(event)}>
              <h2 className="nhsuk-heading-m">Your concern</h2>
              <Select
                id="concern-about"
                label="Who is it about?"
                options={[{ value: '', label: 'Select a person' }, ...subjects]}
                value={form.relationshipId}
                onChange={(event) => setForm({ ...form, relationshipId: event.target.value })}
                error={fieldError(problems, 'relationshipId')}
              />
              <Radios id="concern-kind" legend="What kind of concern is it?" options={CONCERN_KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} error={fieldError(problems, 'kind')} />
              <TextArea
                id="concern-summary"
                label="What is your concern?"
                hint={`What happened or what you noticed, and when. Write what your supervisor needs to understand it, no more. Up to ${MAX_CONCERN_LENGTH.toLocaleString('en-GB')} characters.`}
                rows={8}
                value={form.summary}
                onChange={(event) => setForm({ ...form, summary: event.target.value })}
                error={fieldError(problems, 'summary')}
              />
              <Button disabled={raise.running}>Send concern</Button>
            </form>
          );
        }}
      </QueryView>
      <p className="nhsuk-body">
        <Link to={CONCERNS_PATH}>Back to concerns you raised</Link>
      </p>
    </Page>
  );
}
