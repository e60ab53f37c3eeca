import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { SectionLinks } from '../SectionLinks';
import { MY_RELATIONSHIPS, type RelationshipSummary } from './coaching-api';
import { kindWords, relationshipStatus } from './coaching-words';
import { staffSection } from './section';

export function StaffHome() {
  const state = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  return (
    <Page title="My coaching" section={staffSection}>
      <p className="nhsuk-lede-text">{staffSection.summary}</p>
      <QueryView state={state} what="your coaching and mentoring">
        {({ myRelationships }) => {
          const mine = myRelationships.filter((relationship) => relationship.mySide === 'coachee' && (relationship.status === 'introduced' || relationship.status === 'active'));
          if (!mine.length) return null;
          return (
            <>
              <h2 className="nhsuk-heading-m">Your coaches and mentors</h2>
              <ul className="nhsuk-list nhsuk-list--border">
                {mine.map((relationship) => {
                  const tag = relationshipStatus(relationship);
                  return (
                    <li key={relationship.id}>
                      <Link to={`${staffSection.basePath}/relationships/${relationship.id}`}>
                        {relationship.coach.name}, your {kindWords(relationship.kind).giver}
                      </Link>{' '}
                      <Tag colour={tag.colour}>{tag.label}</Tag>
                    </li>
                  );
                })}
              </ul>
            </>
          );
        }}
      </QueryView>
      <h2 className="nhsuk-heading-m">What you can do</h2>
      <SectionLinks section={staffSection} />
    </Page>
  );
}
