import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { MY_RELATIONSHIPS, type RelationshipSummary } from '../staff/coaching-api';
import { kindWords, relationshipStatus } from '../staff/coaching-words';
import { asCoach } from './my-caseload';
import { coachSection } from './section';
import { formatDate } from '../../words/dates';
import { programmeDescription } from '../../words/programmes';

function CaseloadTable({ caption, relationships }: { caption: string; relationships: readonly RelationshipSummary[] }) {
  return (
    <Table
      caption={caption}
      head={['Person', 'Programme', 'Status', 'Sessions', 'Last session', 'Review due']}
      numeric={[3]}
      rows={relationships.map((relationship) => {
        const tag = relationshipStatus(relationship);
        return [
          <Link to={`${coachSection.basePath}/relationships/${relationship.id}`}>
            {relationship.coachee.name}
            <span className="nhsuk-u-visually-hidden">, {kindWords(relationship.kind).receiver}</span>
          </Link>,
          programmeDescription(relationship.programme),
          <Tag colour={tag.colour}>{tag.label}</Tag>,
          relationship.sessionsHeld,
          relationship.lastSessionOn ? formatDate(relationship.lastSessionOn) : 'None yet',
          relationship.status === 'active' && relationship.reviewDueOn ? formatDate(relationship.reviewDueOn) : '',
        ];
      })}
    />
  );
}

/** The people the coach or mentor supports now, and those they supported before. */
export function CaseloadPage() {
  const state = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  return (
    <Page title="Caseload" section={coachSection}>
      <QueryView state={state} what="your caseload">
        {({ myRelationships }) => {
          const { active, ended, introductions } = asCoach(myRelationships);
          return (
            <>
              {introductions.length > 0 && (
                <p className="nhsuk-body">
                  You have {introductions.length} {introductions.length === 1 ? 'introduction' : 'introductions'} waiting. <Link to={`${coachSection.basePath}/introductions`}>See your introductions</Link>.
                </p>
              )}
              {active.length ? <CaseloadTable caption="People you support now" relationships={active} /> : <p className="nhsuk-body">You are not supporting anyone at the moment.</p>}
              {ended.length > 0 && <CaseloadTable caption="Ended or declined" relationships={ended} />}
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
