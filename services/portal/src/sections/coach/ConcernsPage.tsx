import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { SuccessBanner, SummaryList, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { MY_RELATIONSHIPS, type RelationshipSummary } from '../staff/coaching-api';
import type { Concern } from '../../api/supervision';
import { MY_CONCERNS } from './care-api';
import { RAISE_CONCERN_PATH } from './care-paths';
import { auditLine, concernKindName, concernStatus, raisedBy } from './concern-words';
import { coachSection } from './section';
import { formatDate } from '../../words/dates';
import { useDoneMessage } from './use-done-message';

function ConcernCard({ concern, about, meId }: { concern: Concern; about: string; meId: string }) {
  const status = concernStatus(concern.status);
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          {concernKindName(concern.kind)} concern about {about}
        </h2>
        <SummaryList
          rows={[
            { key: 'Raised on', value: formatDate(concern.raisedAt) },
            { key: 'Status', value: <Tag colour={status.colour}>{status.label}</Tag> },
            { key: 'What you wrote', value: <span style={{ whiteSpace: 'pre-wrap' }}>{concern.summary}</span> },
            ...(concern.resolution ? [{ key: 'How it was resolved', value: `${concern.resolution}${concern.resolvedAt ? ` (${formatDate(concern.resolvedAt)})` : ''}` }] : []),
            {
              key: 'History',
              value: (
                <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                  {concern.audit.map((entry) => (
                    <li key={`${entry.at}-${entry.action}-${entry.actorId}`}>
                      {formatDate(entry.at)}: {auditLine(entry, meId)}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}

/** The concerns the coach raised, where each stands and how it was resolved; and the way to raise another. */
export function ConcernsPage() {
  const person = usePerson();
  const concerns = useQuery<{ concerns: Concern[] }>(MY_CONCERNS);
  const relationships = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  const done = useDoneMessage(concerns.reload);

  return (
    <Page title="Concerns you raised" section={coachSection}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <p className="nhsuk-body">
        If something in your coaching or mentoring raises an ethical or safeguarding concern, tell your supervisor here. Only your supervisor (and your programme lead, if your organisation
        has chosen that) can read it.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-button" to={RAISE_CONCERN_PATH}>
          Raise a concern
        </Link>
      </p>
      <QueryView state={concerns} what="your concerns">
        {(data) => (
          <QueryView state={relationships} what="the people you support">
            {({ myRelationships }) => {
              const mine = raisedBy(data.concerns, person.id);
              if (!mine.length) return <p className="nhsuk-body">You have not raised any concerns.</p>;
              const names = new Map(myRelationships.map((relationship) => [relationship.id, relationship.coachee.name]));
              return mine.map((concern) => <ConcernCard key={concern.id} concern={concern} about={names.get(concern.relationshipId) ?? 'someone you supported'} meId={person.id} />);
            }}
          </QueryView>
        )}
      </QueryView>
    </Page>
  );
}
