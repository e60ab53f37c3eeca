import { useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SuccessBanner, Table, Tag } from '../../components/content';
import { Radios, Select } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { MY_APPROVALS, REQUEST_APPROVAL, type ManagerApproval } from './coaching-api';
import { fieldError } from './coaching-checks';
import { APPROVAL_KINDS, APPROVAL_STATUS, labelOf } from './coaching-words';
import { staffSection } from './section';
import { TrainingEventsTable } from './TrainingEventsTable';
import { formatDate } from '../../words/dates';
import { PROGRAMME_DESCRIPTIONS, programmeDescription } from '../../words/programmes';

/**
 * Registering interest in coaching or mentoring others: the line manager agrees to the time it
 * takes, and the training that qualifies a person is booked here too.
 */
export function BecomeCoachPage() {
  const person = usePerson();
  const approvals = useQuery<{ myApprovals: ManagerApproval[] }>(MY_APPROVALS);
  const ask = useMutation<{ requestManagerApproval: { id: string } }>(REQUEST_APPROVAL);
  const [kind, setKind] = useState('');
  const [programme, setProgramme] = useState('GENERAL');
  const [checks, setChecks] = useState<Problem[]>([]);
  const [asked, setAsked] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAsked(false);
    const found: Problem[] = kind ? [] : [{ field: 'kind', message: 'Select what you would like your line manager to agree to', code: 'BAD_USER_INPUT' }];
    setChecks(found);
    if (found.length) return;
    if (await ask.run({ kind, programme })) {
      setAsked(true);
      approvals.reload();
    }
  };

  const problems = checks.length ? checks : (ask.error?.problems ?? []);
  return (
    <Page title="Become a coach or mentor" section={staffSection} problems={problems} fieldIds={{ kind: 'approval-kind', programme: 'approval-programme' }}>
      <p className="nhsuk-body">To coach or mentor colleagues you need your line manager to agree to the time it takes, and to complete the programme's training.</p>
      {asked && <SuccessBanner>We have asked your line manager. You will hear when they decide.</SuccessBanner>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="nhsuk-heading-m">Ask your line manager</h2>
        <Radios id="approval-kind" legend="What would you like your line manager to agree to?" options={APPROVAL_KINDS} value={kind} onChange={setKind} error={fieldError(problems, 'kind')} />
        <Select id="approval-programme" label="Programme" options={PROGRAMME_DESCRIPTIONS} value={programme} onChange={(event) => setProgramme(event.target.value)} error={fieldError(problems, 'programme')} />
        <Button disabled={ask.running}>Ask my line manager</Button>
      </form>
      <h2 className="nhsuk-heading-m">What you have asked for</h2>
      <QueryView state={approvals} what="your requests to your line manager">
        {({ myApprovals }) =>
          myApprovals.length ? (
            <Table
              caption="Your requests to your line manager, newest first"
              head={['Request', 'Programme', 'Asked on', 'Status']}
              rows={myApprovals.map((approval) => {
                const status = APPROVAL_STATUS[approval.status] ?? { label: approval.status, colour: 'grey' as const };
                return [
                  labelOf(APPROVAL_KINDS, approval.kind),
                  programmeDescription(approval.programme),
                  formatDate(approval.requestedAt),
                  <>
                    <Tag colour={status.colour}>{status.label}</Tag>
                    {approval.reason && <p className="nhsuk-body-s nhsuk-u-margin-top-2">{approval.reason}</p>}
                    {approval.expiresAt && approval.status === 'APPROVED' && <p className="nhsuk-body-s nhsuk-u-margin-top-2">Until {formatDate(approval.expiresAt)}</p>}
                  </>,
                ];
              })}
            />
          ) : (
            <p className="nhsuk-body">You have not asked your line manager for anything yet.</p>
          )
        }
      </QueryView>
      <h2 className="nhsuk-heading-m">Training</h2>
      <TrainingEventsTable organisationId={person.organisationId} />
    </Page>
  );
}
