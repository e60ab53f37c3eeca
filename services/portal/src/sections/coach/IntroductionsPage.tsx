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

/** Introductions waiting for the coach or mentor: hold the chemistry meeting, then confirm or decline. */
export function IntroductionsPage() {
  const state = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  return (
    <Page title="Introductions" section={coachSection}>
      <p className="nhsuk-body">When a programme lead introduces you to someone, meet them for a chemistry meeting first. Then confirm to go ahead, or decline: nobody is at fault.</p>
      <QueryView state={state} what="your introductions">
        {({ myRelationships }) => {
          const { introductions } = asCoach(myRelationships);
          if (!introductions.length) return <p className="nhsuk-body">You have no introductions waiting.</p>;
          return (
            <Table
              caption="Introductions waiting for you"
              head={['Introduced to', 'Programme', 'Introduced on', 'Chemistry meeting', 'Status']}
              rows={introductions.map((relationship) => {
                const tag = relationshipStatus(relationship);
                return [
                  <Link to={`${coachSection.basePath}/relationships/${relationship.id}`}>
                    {relationship.coachee.name}
                    <span className="nhsuk-u-visually-hidden">, {kindWords(relationship.kind).receiver}</span>
                  </Link>,
                  programmeDescription(relationship.programme),
                  formatDate(relationship.introducedAt),
                  relationship.chemistryHeldOn ? `Held on ${formatDate(relationship.chemistryHeldOn)}` : `Suggested for ${formatDate(relationship.chemistryMeetingAt)}`,
                  <Tag colour={tag.colour}>{tag.label}</Tag>,
                ];
              })}
            />
          );
        }}
      </QueryView>
    </Page>
  );
}
