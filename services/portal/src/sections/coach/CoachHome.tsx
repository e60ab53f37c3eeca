import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { SummaryList, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { MY_RELATIONSHIPS, type RelationshipSummary } from '../staff/coaching-api';
import { SectionLinks } from '../SectionLinks';
import { MY_COACH_PROFILE, type CoachProfile } from './coach-api';
import { asCoach } from './my-caseload';
import { coachSection } from './section';

export function CoachHome() {
  const relationships = useQuery<{ myRelationships: RelationshipSummary[] }>(MY_RELATIONSHIPS);
  const profile = useQuery<{ myCoachProfile: CoachProfile | null }>(MY_COACH_PROFILE);
  return (
    <Page title="Coaching and mentoring" section={coachSection}>
      <p className="nhsuk-lede-text">{coachSection.summary}</p>
      <QueryView state={relationships} what="your caseload">
        {({ myRelationships }) => {
          const { introductions, active } = asCoach(myRelationships);
          return (
            <QueryView state={profile} what="your availability">
              {({ myCoachProfile }) => (
                <SummaryList
                  rows={[
                    {
                      key: 'Introductions waiting',
                      value: introductions.length ? <Link to={`${coachSection.basePath}/introductions`}>{introductions.length} waiting for you</Link> : 'None',
                    },
                    { key: 'People you support now', value: myCoachProfile ? `${active.length} of ${myCoachProfile.capacity}` : String(active.length) },
                    {
                      key: 'Taking new introductions',
                      value: !myCoachProfile ? (
                        'Not yet: you are not in the pool'
                      ) : myCoachProfile.paused ? (
                        <Tag colour="grey">Paused</Tag>
                      ) : (
                        <Tag colour="green">Available</Tag>
                      ),
                    },
                  ]}
                />
              )}
            </QueryView>
          );
        }}
      </QueryView>
      <h2 className="nhsuk-heading-m">What you can do</h2>
      <SectionLinks section={coachSection} />
    </Page>
  );
}
