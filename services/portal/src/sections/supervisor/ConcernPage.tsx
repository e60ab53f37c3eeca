import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SummaryList, SuccessBanner, Table, Tag } from '../../components/content';
import { TextArea } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import type { Concern } from '../../api/supervision';
import { CONCERNS, RESOLVE_CONCERN } from './api';
import { actorName, auditActionName, concernKindName, concernStatusName } from './concern-words';
import { supervisorSection } from './section';
import { useReferences } from './use-references';
import { formatDate } from '../../words/dates';

type Answer = { concerns: Concern[]; caseloads: { coachId: string; coachName: string }[] };

const RESOLUTION_ID = 'resolution';

/** One concern in full, its audit trail, and resolving it. */
export function ConcernPage() {
  const { concernId = '' } = useParams();
  const me = usePerson();
  const state = useQuery<Answer>(CONCERNS);
  const resolve = useMutation<{ resolveConcern: Concern }>(RESOLVE_CONCERN);
  const [resolution, setResolution] = useState('');
  const [checkProblems, setCheckProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState(false);
  const concern = state.status === 'ready' ? state.data.concerns.find((candidate) => candidate.id === concernId) : undefined;
  const references = useReferences(concern ? [concern.relationshipId] : []);
  const problems: readonly Problem[] = checkProblems.length ? checkProblems : (resolve.error?.problems ?? []);
  const title = concern ? `${concernKindName(concern.kind)} concern` : 'Concern';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!resolution.trim()) {
      setCheckProblems([{ message: 'Enter how the concern was resolved', code: 'BAD_USER_INPUT', field: 'resolution' }]);
      return;
    }
    setCheckProblems([]);
    if (await resolve.run({ concernId, resolution: resolution.trim() })) {
      setResolution('');
      setDone(true);
      state.reload();
    }
  }

  return (
    <Page title={title} section={supervisorSection} problems={problems} fieldIds={{ resolution: RESOLUTION_ID }}>
      {done && <SuccessBanner>The concern is resolved. The coach who raised it can see how.</SuccessBanner>}
      <QueryView state={state} what="the concern">
        {({ caseloads }) => {
          if (!concern) return <p className="nhsuk-body">There is no such concern sent to you.</p>;
          const coachNames = new Map(caseloads.map((caseload) => [caseload.coachId, caseload.coachName]));
          return (
            <>
              <SummaryList
                rows={[
                  { key: 'Status', value: <Tag colour={concern.status === 'resolved' ? 'green' : 'orange'}>{concernStatusName(concern.status)}</Tag> },
                  { key: 'Raised by', value: actorName(concern.raisedBy, me.id, coachNames, 'A coach you supervised') },
                  { key: 'Raised on', value: formatDate(concern.raisedAt) },
                  { key: 'Relationship', value: references.get(concern.relationshipId) ?? 'Working out the reference…' },
                  { key: 'What the coach said', value: <span style={{ whiteSpace: 'pre-wrap' }}>{concern.summary}</span> },
                  ...(concern.resolution ? [{ key: 'How it was resolved', value: concern.resolution }, { key: 'Resolved on', value: formatDate(concern.resolvedAt, 'None') }] : []),
                ]}
              />
              <Table
                caption="What has happened to this concern"
                head={['When', 'Who', 'What']}
                rows={concern.audit.map((entry) => [formatDate(entry.at), actorName(entry.actorId, me.id, coachNames), auditActionName(entry.action)])}
              />
              {concern.status !== 'resolved' && (
                <form onSubmit={(event) => void submit(event)} noValidate>
                  <h2 className="nhsuk-heading-m">Resolve this concern</h2>
                  <TextArea
                    id={RESOLUTION_ID}
                    label="How was it resolved?"
                    hint="The coach who raised it, and anyone else it went to, will read this."
                    value={resolution}
                    onChange={(event) => setResolution(event.target.value)}
                    error={problems.find((problem) => problem.field === 'resolution')?.message}
                  />
                  <Button disabled={resolve.running}>Resolve concern</Button>
                </form>
              )}
            </>
          );
        }}
      </QueryView>
      <p className="nhsuk-body">
        <Link to="/supervision/concerns">Back to concerns</Link>
      </p>
    </Page>
  );
}
