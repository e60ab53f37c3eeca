import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SuccessBanner, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { MY_REQUESTS, WITHDRAW_REQUEST, type SupportRequest } from './coaching-api';
import { kindWords, requestStatus } from './coaching-words';
import { staffSection } from './section';
import { formatDate } from '../../words/dates';
import { programmeDescription } from '../../words/programmes';

/** The person's requests for a coach or mentor, newest first, with a way to withdraw an open one. */
export function RequestsPage() {
  const [params] = useSearchParams();
  const state = useQuery<{ myRequests: SupportRequest[] }>(MY_REQUESTS);
  const withdraw = useMutation<{ withdrawRequest: { id: string } }>(WITHDRAW_REQUEST);
  const [withdrawn, setWithdrawn] = useState(false);
  const sent = params.get('sent');

  const withdrawOne = async (requestId: string) => {
    setWithdrawn(false);
    if (await withdraw.run({ requestId })) {
      setWithdrawn(true);
      state.reload();
    }
  };

  return (
    <Page title="My requests" section={staffSection} problems={withdraw.error?.problems}>
      {sent && !withdrawn && (
        <SuccessBanner>
          Your request for a {sent === 'coaching' ? 'coach' : 'mentor'} has been sent. We will email you when you are introduced.
        </SuccessBanner>
      )}
      {withdrawn && <SuccessBanner>Your request has been withdrawn.</SuccessBanner>}
      <QueryView state={state} what="your requests">
        {({ myRequests }) =>
          myRequests.length ? (
            <Table
              caption="Your requests for a coach or mentor, newest first"
              head={['Asked for', 'Programme', 'Asked on', 'Status', '']}
              rows={myRequests.map((request) => {
                const words = kindWords(request.kind);
                const status = requestStatus(request.status);
                return [
                  `A ${words.giver}`,
                  programmeDescription(request.programme),
                  formatDate(request.requestedAt),
                  <Tag colour={status.colour}>{status.label}</Tag>,
                  request.status === 'open' ? (
                    <Button type="button" secondary disabled={withdraw.running} onClick={() => void withdrawOne(request.id)}>
                      Withdraw<span className="nhsuk-u-visually-hidden"> your request for a {words.giver}</span>
                    </Button>
                  ) : request.relationshipId ? (
                    <Link to={`${staffSection.basePath}/relationships/${request.relationshipId}`}>
                      See your introduction<span className="nhsuk-u-visually-hidden"> to your {words.giver}</span>
                    </Link>
                  ) : (
                    ''
                  ),
                ];
              })}
            />
          ) : (
            <p className="nhsuk-body">You have not asked for a coach or mentor yet.</p>
          )
        }
      </QueryView>
      <p className="nhsuk-body">
        <Link to={`${staffSection.basePath}/ask`}>Ask for a coach or mentor</Link>
      </p>
    </Page>
  );
}
