import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { InsetText, Loading, Table } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { formatWaiting, supportKindName } from './format';
import { ProgrammeFilter, useProgrammeParam } from './ProgrammeFilter';
import { OPEN_REQUESTS, RUN_ROUND, type OpenRequest, type RunRoundData } from './queries';
import { RunRoundForm } from './RunRoundForm';
import { leadSection } from './section';
import { useLeadScopes } from './use-lead-scopes';
import { formatDate } from '../../words/dates';
import { isProgramme, programmeName } from '../../words/programmes';

/** Open requests, longest waiting first (as the API orders them), and the form that matches them. */
export function OpenRequestsPage() {
  const programme = useProgrammeParam();
  const requests = useQuery<{ openRequests: OpenRequest[] }>(OPEN_REQUESTS, { programme: programme ?? null });
  const run = useMutation<RunRoundData>(RUN_ROUND);
  const lead = useLeadScopes();
  const oldest = requests.status === 'ready' ? requests.data.openRequests[0]?.programme : undefined;
  const roundProgramme = programme ?? (isProgramme(oldest) ? oldest : 'GENERAL');
  return (
    <Page title="Open requests" section={leadSection} problems={run.error?.problems}>
      <p className="nhsuk-lede-text">People waiting for a coach or mentor in the organisations you lead, longest waiting first.</p>
      <ProgrammeFilter label="Show requests in" />
      <QueryView state={requests} what="open requests">
        {({ openRequests }) =>
          openRequests.length ? (
            <Table
              caption={`Open requests${programme ? ` in ${programmeName(programme)}` : ''} (${openRequests.length})`}
              head={['Requester', 'Programme', 'Asking for', 'Topics', 'Waiting', 'Asked on']}
              rows={openRequests.map((request) => [
                request.requesterName,
                programmeName(request.programme),
                supportKindName(request.kind),
                request.topics.length ? request.topics.join(', ') : 'None given',
                formatWaiting(request.waitingDays),
                formatDate(request.requestedAt),
              ])}
            />
          ) : (
            <InsetText>
              <p>Nobody is waiting{programme ? ` in ${programmeName(programme)}` : ''}.</p>
            </InsetText>
          )
        }
      </QueryView>
      <h2>Run a matching round</h2>
      <p>The round proposes a coach or mentor for each open request. Nobody is introduced until you approve a proposal.</p>
      {lead && requests.status !== 'loading' ? <RunRoundForm key={roundProgramme} scopes={lead.scopes} programme={roundProgramme} run={run} /> : <Loading what="your programmes" />}
    </Page>
  );
}
