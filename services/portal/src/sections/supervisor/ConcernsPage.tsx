import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import type { Concern } from '../../api/supervision';
import { CONCERNS } from './api';
import { actorName, byUrgency, concernKindName, concernStatusName } from './concern-words';
import { supervisorSection } from './section';
import { useReferences } from './use-references';
import { formatDate } from '../../words/dates';

type Answer = { concerns: Concern[]; caseloads: { coachId: string; coachName: string }[] };

function ConcernTable({ concerns, coachNames }: { concerns: Concern[]; coachNames: ReadonlyMap<string, string> }) {
  const me = usePerson();
  const references = useReferences(concerns.map((concern) => concern.relationshipId));
  return (
    <Table
      caption="Concerns sent to you, open ones first"
      head={['Raised on', 'Kind', 'Raised by', 'Relationship', 'Status', '']}
      rows={[...concerns].sort(byUrgency).map((concern) => [
        formatDate(concern.raisedAt),
        concernKindName(concern.kind),
        actorName(concern.raisedBy, me.id, coachNames, 'A coach you supervised'),
        references.get(concern.relationshipId) ?? 'Working out…',
        <Tag key="status" colour={concern.status === 'resolved' ? 'green' : concern.kind === 'SAFEGUARDING' ? 'red' : 'orange'}>
          {concernStatusName(concern.status)}
        </Tag>,
        <Link key="open" to={`/supervision/concerns/${concern.id}`}>
          {concern.status === 'resolved' ? 'View' : 'View and resolve'}
          <span className="nhsuk-u-visually-hidden"> the {concernKindName(concern.kind).toLowerCase()} concern raised on {formatDate(concern.raisedAt)}</span>
        </Link>,
      ])}
    />
  );
}

/** Ethical and safeguarding concerns the coaches raised, which went to this supervisor. */
export function ConcernsPage() {
  const state = useQuery<Answer>(CONCERNS);
  return (
    <Page title="Concerns" section={supervisorSection}>
      <p className="nhsuk-body">
        When a coach or mentor you supervise raises an ethical or safeguarding concern about one of their relationships, it comes to you. Read it, act on it, then resolve it saying how.
      </p>
      <QueryView state={state} what="concerns">
        {({ concerns, caseloads }) =>
          concerns.length === 0 ? (
            <p className="nhsuk-body">No concerns have been sent to you.</p>
          ) : (
            <ConcernTable concerns={concerns} coachNames={new Map(caseloads.map((caseload) => [caseload.coachId, caseload.coachName]))} />
          )
        }
      </QueryView>
    </Page>
  );
}
