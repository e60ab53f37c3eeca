import { useQuery } from '../../api/use-query';
import { InsetText, Table } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { REPORTS_PARTICIPATION, type ReportParticipation } from './api';
import { lineManagerSection } from './section';
import { participationRoleName, participationStatusName } from './words';
import { formatDate } from '../../words/dates';
import { programmeName } from '../../words/programmes';

/** Whether the manager's reports take part and how far along: status only. */
export function ParticipationPage() {
  const state = useQuery<{ myReportsParticipation: ReportParticipation[] }>(REPORTS_PARTICIPATION);
  return (
    <Page title="Your reports’ participation" section={lineManagerSection}>
      <InsetText>
        <p>
          You see only whether your reports take part, in which programme and how far along. Nothing else about their coaching or mentoring is shown to you: not who they are
          matched with, their goals, their sessions or what is said in them.
        </p>
      </InsetText>
      <QueryView state={state} what="your reports’ participation">
        {({ myReportsParticipation }) =>
          myReportsParticipation.length === 0 ? (
            <p className="nhsuk-body">None of your reports is taking part at the moment.</p>
          ) : (
            <Table
              caption="Your reports taking part"
              head={['Name', 'Programme', 'Taking part by', 'Status', 'Since']}
              rows={myReportsParticipation.map((row) => [row.person.name, programmeName(row.programme), participationRoleName(row.role), participationStatusName(row.status), formatDate(row.since, 'Not known')])}
            />
          )
        }
      </QueryView>
    </Page>
  );
}
