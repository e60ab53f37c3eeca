import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { MY_RELATIONSHIPS, type RelationshipSummary } from './coaching-api';
import { kindWords, relationshipStatus } from './coaching-words';
import { staffSection } from './section';
import { formatDate } from '../../words/dates';
import { programmeDescription } from '../../words/programmes';

/** The relationships in which the person is the one coached or mentored. */
export function RelationshipsPage() {
  const state = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  return (
    <Page title="My coaching and mentoring" section={staffSection}>
      <QueryView state={state} what="your relationships">
        {({ myRelationships }) => {
          const mine = myRelationships.filter((relationship) => relationship.mySide === 'coachee');
          if (!mine.length) {
            return (
              <p className="nhsuk-body">
                You are not being coached or mentored yet. <Link to={`${staffSection.basePath}/ask`}>Ask for a coach or mentor</Link>.
              </p>
            );
          }
          return (
            <Table
              caption="Your coaches and mentors"
              head={['With', 'Programme', 'Introduced on', 'Status', 'Sessions']}
              numeric={[4]}
              rows={mine.map((relationship) => {
                const tag = relationshipStatus(relationship);
                return [
                  <Link to={`${staffSection.basePath}/relationships/${relationship.id}`}>
                    {relationship.coach.name}
                    <span className="nhsuk-u-visually-hidden">, your {kindWords(relationship.kind).giver}</span>
                  </Link>,
                  programmeDescription(relationship.programme),
                  formatDate(relationship.introducedAt),
                  <Tag colour={tag.colour}>{tag.label}</Tag>,
                  relationship.sessionsHeld,
                ];
              })}
            />
          );
        }}
      </QueryView>
    </Page>
  );
}
