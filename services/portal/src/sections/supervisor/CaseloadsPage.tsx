import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { InsetText, Table } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { CASELOADS, type Caseload } from './api';
import { byAttention, summarise } from './caseload-summary';
import { flagName } from './format';
import { supervisorSection } from './section';
import { formatDate } from '../../words/dates';

/** Every coach the supervisor supervises now: how full their caseload is, its sessions and its flags. */
export function CaseloadsPage() {
  const state = useQuery<{ caseloads: Caseload[] }>(CASELOADS);
  return (
    <Page title="Caseloads" section={supervisorSection}>
      <p className="nhsuk-body">
        The coaches and mentors you supervise, with the flags raised on their caseloads. Open a coach to see the facts behind each flag, pause or resume them, and their supervision
        record.
      </p>
      <InsetText>
        <p>Relationships are shown by reference, with dates and counts only. You never see who a coach is supporting, their goals or what was said in their sessions.</p>
      </InsetText>
      <QueryView state={state} what="caseloads">
        {({ caseloads }) =>
          caseloads.length === 0 ? (
            <p className="nhsuk-body">You do not supervise anyone at the moment. A programme lead assigns coaches and mentors to you.</p>
          ) : (
            <Table
              caption="Coaches you supervise"
              head={['Coach', 'Availability', 'Places used', 'Active relationships', 'Sessions held', 'Last session', 'Flags']}
              numeric={[3, 4]}
              rows={[...caseloads].sort(byAttention).map((caseload) => {
                const summary = summarise(caseload);
                return [
                  <Link key="coach" to={`/supervision/coaches/${caseload.coachId}`}>
                    {caseload.coachName}
                  </Link>,
                  summary.availability,
                  summary.placesUsed,
                  summary.activeRelationships,
                  summary.sessionsHeld,
                  formatDate(summary.lastSessionOn, 'None'),
                  caseload.flags.length === 0 ? (
                    'None'
                  ) : (
                    <ul key="flags" className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
                      {caseload.flags.map((flag, index) => (
                        <li key={index} className="nhsuk-u-margin-bottom-1">
                          {flagName(flag.kind)}
                        </li>
                      ))}
                    </ul>
                  ),
                ];
              })}
            />
          )
        }
      </QueryView>
    </Page>
  );
}
