import { useQuery } from '../../api/use-query';
import { InsetText, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { followUpKindName } from './format';
import { FOLLOW_UPS, type FollowUp } from './queries';
import { leadSection } from './section';
import { formatDate } from '../../words/dates';

const WITHIN_DAYS = 14;

/** Follow-ups coming up in the next fortnight and those escalated because nobody answered, escalated first. */
export function FollowUpsPage() {
  const followUps = useQuery<{ followUpsDue: FollowUp[] }>(FOLLOW_UPS, { withinDays: WITHIN_DAYS });
  return (
    <Page title="Follow-ups due" section={leadSection}>
      <p className="nhsuk-lede-text">Follow-ups due in the next {WITHIN_DAYS} days, and those escalated to you because nobody answered.</p>
      <QueryView state={followUps} what="follow-ups">
        {({ followUpsDue }) => {
          if (!followUpsDue.length) {
            return (
              <InsetText>
                <p>No follow-ups are due in the next {WITHIN_DAYS} days and none are escalated.</p>
              </InsetText>
            );
          }
          const rows = [...followUpsDue].sort((a, b) => Number(b.state === 'escalated') - Number(a.state === 'escalated') || a.dueAt.localeCompare(b.dueAt));
          return (
            <Table
              caption={`Follow-ups (${rows.length})`}
              head={['Follow-up', 'Coachee or mentee', 'Coach or mentor', 'Due', 'State']}
              rows={rows.map((followUp) => [
                followUpKindName(followUp.kind),
                followUp.coachee.name,
                followUp.coach.name,
                formatDate(followUp.dueAt),
                followUp.state === 'escalated' ? <Tag colour="red">Escalated</Tag> : <Tag colour="blue">Due</Tag>,
              ])}
            />
          );
        }}
      </QueryView>
    </Page>
  );
}
