import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { InsetText, Table } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { PENDING_APPROVALS, type Booklet, type ManagerApproval } from './api';
import { lineManagerSection } from './section';
import { approvalKindName, whatAgreeingMeans } from './words';
import { formatDate } from '../../words/dates';
import { programmeName } from '../../words/programmes';

/** Requests from the manager's reports to practise as a coach or mentor, or to be released to be coached. */
export function ApprovalsPage() {
  const state = useQuery<{ pendingApprovals: ManagerApproval[]; expectationsBooklet: Booklet }>(PENDING_APPROVALS);
  return (
    <Page title="Approvals waiting" section={lineManagerSection}>
      <p className="nhsuk-body">Your reports need your agreement before they coach or mentor colleagues, or before they are released from work to be coached.</p>
      <QueryView state={state} what="approvals waiting">
        {({ pendingApprovals, expectationsBooklet }) => (
          <>
            <InsetText>
              <h2 className="nhsuk-heading-s">What releasing time means</h2>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {whatAgreeingMeans('PRACTISE_AS_COACH', expectationsBooklet).slice(0, 3).map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
              <p>Open a request to see exactly what agreeing to it means.</p>
            </InsetText>
            {pendingApprovals.length === 0 ? (
              <p className="nhsuk-body">No requests are waiting for your answer.</p>
            ) : (
              <Table
                caption="Requests waiting for your answer, oldest first"
                head={['Name', 'Asking to', 'Programme', 'Asked on', 'Reminders sent', '']}
                numeric={[4]}
                rows={pendingApprovals.map((approval) => [
                  approval.personName,
                  approvalKindName(approval.kind),
                  programmeName(approval.programme),
                  formatDate(approval.requestedAt),
                  approval.remindersSent,
                  <Link key="decide" to={`/team/approvals/${approval.id}`}>
                    Decide<span className="nhsuk-u-visually-hidden"> on {approval.personName}’s request</span>
                  </Link>,
                ])}
              />
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}
